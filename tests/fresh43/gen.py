#!/usr/bin/env python3
"""Writes the fresh43 pack (pack.json and ut-*.json) from situations.py.

Run from anywhere: python3 tests/fresh43/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about utilities at home: electricity (a retailer's price app, a grid company's
surge and its line crew), water and sewage (a basement flooded from a pump
station, chlorine in the tap water and a troll), broadband (a gigabit line that
measures slow), waste collection (food-waste bins in summer) and district
heating (a back bill from a meter that read low).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "ut-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Customer forum"}),
    "colour": "#2f5d7a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh43",
    "title": "Svara: fresh situations, forty-third set (model audit)",
    "description": "Situations written from the five guides alone about utilities at home: electricity, district heating, water and sewage, broadband and waste collection.",
    "authors": ["Svara team (audit43)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
