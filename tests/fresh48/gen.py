#!/usr/bin/env python3
"""Writes the fresh48 pack (pack.json and md-*.json) from situations.py.

Run from anywhere: python3 tests/fresh48/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about media and publishing: a local news correction, a magazine renewal, a paper
that stopped coming, a troll on a radio page, a podcast's sound, a bookshop's signed
pre-orders, a children's book with a deadly error and a radio app.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "md-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#7a3b2e",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh48",
    "title": "Svara: fresh situations, forty-eighth set (model audit)",
    "description": "Situations written from the five guides alone about media and publishing: readers, subscribers, listeners, a baker, a parent, a reporter, and staff who answer in their own voice.",
    "authors": ["Svara team (audit48)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
