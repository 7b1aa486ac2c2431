#!/usr/bin/env python3
"""Writes the fresh17 pack (pack.json and cp-*.json) from situations.py.

Run from anywhere: python3 tests/fresh17/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. This pack is about answers built from parts: every decision has its four
options and a composer whose parts the player picks, within a min and a max.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cp-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b4a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh17",
    "title": "Svara: fresh situations, seventeenth set (model audit)",
    "description": "Situations written from the five guides alone in which every answer can also be built from parts: the right parts, in the right number, and none of the tempting ones.",
    "authors": ["Svara team (audit17)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
