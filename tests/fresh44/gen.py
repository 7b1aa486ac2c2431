#!/usr/bin/env python3
"""Writes the fresh44 pack (pack.json and ai-*.json) from situations.py.

Run from anywhere: python3 tests/fresh44/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about air travel: a stroller broken in the hold, a charter transfer that never
came, assistance at the gate, a toy rabbit found by lost property, a troll on a
travel agency's page, a delay with no word at the gate, a one-star review of a
package holiday, and a suitcase that missed its connection before a wedding.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "ai-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#1f4e8c",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh44",
    "title": "Svara: fresh situations, forty-fourth set (model audit)",
    "description": "Situations written from the five guides alone about air travel: airlines, airports, baggage handling, charter and package holidays, and travel agencies.",
    "authors": ["Svara team (audit44)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
