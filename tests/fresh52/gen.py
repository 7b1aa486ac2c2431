#!/usr/bin/env python3
"""Writes the fresh52 pack (pack.json and al-*.json) from situations.py.

Run from anywhere: python3 tests/fresh52/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about adult learning: a driving school, an evening language course, an online
course platform, a certification body and its exams, an evening welding course,
an English test centre, online bookkeeping courses and an estate-agent licence
exam.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "al-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Course forum"}),
    "colour": "#2f5a7a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh52",
    "title": "Svara: fresh situations, fifty-second set (model audit)",
    "description": "Situations written from the five guides alone about adult learning: learner drivers, evening-course students, online learners, exam candidates, and staff who answer in their own voice.",
    "authors": ["Svara team (audit52)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
