#!/usr/bin/env python3
"""Writes the fresh18 pack (pack.json and cq-*.json) from situations.py.

Run from anywhere: python3 tests/fresh18/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Like fresh17, every decision has its four options and a composer whose
parts the player picks, within a min and a max; this pack takes the composer to
second rounds, private messages, praise and questions, and complaints that are
partly or wholly wrong.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cq-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f5d6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh18",
    "title": "Svara: fresh situations, eighteenth set (model audit)",
    "description": "Situations written from the five guides alone in which answers are built from parts in second rounds, in private, to praise and questions, and to complaints that are partly or wholly wrong.",
    "authors": ["Svara team (audit18)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
