#!/usr/bin/env python3
"""Writes the fresh56 pack (pack.json and cu-*.json) from situations.py.

Run from anywhere: python3 tests/fresh56/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about jobs and recruiting: a temp's missing overtime, a fake employer on a job
site, a recruiter who went silent, an unemployment fund's stalled claim, a temp's
thanks, a troll on a job-seekers' forum, a payday that failed for 1200 temps and
a job app's search filter.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "jr-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Job-seekers' forum"}),
    "colour": "#2f4f7a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh56",
    "title": "Svara: fresh situations, fifty-sixth set (model audit)",
    "description": "Situations written from the five guides alone about jobs and recruiting: temps, job seekers, an unemployment fund's members, a troll, and staff who answer in their own voice.",
    "authors": ["Svara team (audit56)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
