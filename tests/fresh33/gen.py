#!/usr/bin/env python3
"""Writes the fresh33 pack (pack.json and kl-*.json) from situations.py.

Run from anywhere: python3 tests/fresh33/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack's
theme is children and learning: a university exam platform, an after-school
club app, a music exam board, a teenagers' coding club, a children's choir
school, a yearbook printer, a science day camp and a pram maker's recall.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "kl-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b4a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh33",
    "title": "Svara: fresh situations, thirty-third set (model audit)",
    "description": "Situations written from the five guides alone about children and learning: an exam platform that froze, a club app that sent a photo to the wrong family, a grade exam cancelled the night before, a teacher who never came, a choir waiting list, wrong yearbook names, a camp refund refused, and a pram recall heard on the radio.",
    "authors": ["Svara team (audit33)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
