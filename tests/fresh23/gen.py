#!/usr/bin/env python3
"""Writes the fresh23 pack (pack.json and cv-*.json) from situations.py.

Run from anywhere: python3 tests/fresh23/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at decisions customers dislike and the brand keeps (a price rise, a favourite
product discontinued, a loyalty scheme cut, a rule tightened, an ad some find
offensive, a free service withdrawn), where no single customer was wronged and
many post at once; at one decision that was a mistake and should be reversed;
and at what comes after the answer: the same customer back angrier, and a
supporter of the decision rude to the one who complained.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cv-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b3f2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh23",
    "title": "Svara: fresh situations, twenty-third set (model audit)",
    "description": "Situations written from the five guides alone about decisions customers dislike and the brand keeps (a price rise, a favourite discontinued, a loyalty scheme cut, a rule tightened, an ad some find offensive, a free service withdrawn), one decision that was a mistake, and what comes after the answer: the same customer angrier, a supporter rude to those who complain.",
    "authors": ["Svara team (audit23)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
