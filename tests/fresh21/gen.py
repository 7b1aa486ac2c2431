#!/usr/bin/env python3
"""Writes the fresh21 pack (pack.json and ct-*.json) from situations.py.

Run from anywhere: python3 tests/fresh21/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, five also a composer; this pack aims
at reviews that stay (a map listing that takes one answer), reviews that are half
right, staff named in public, one failure that hits hundreds, and business
customers whose contracts are not for the wall.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "ct-",
    "channels": channels({"feed": "The page", "reviews": "Kartan", "forum": "Elbilsforum"}),
    "colour": "#2f5a6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh21",
    "title": "Svara: fresh situations, twenty-first set (model audit)",
    "description": "Situations written from the five guides alone: one-star reviews that stay and are half right, staff named in public, one failure that hits hundreds, and business customers whose contracts are not for the wall.",
    "authors": ["Svara team (audit21)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
