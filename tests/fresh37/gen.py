#!/usr/bin/env python3
"""Writes the fresh37 pack (pack.json and hc-*.json) from situations.py.

Run from anywhere: python3 tests/fresh37/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is set in
private health and care: a day-surgery clinic, a blood-test lab, a sleep app, a
home-care firm, a stair-lift firm, a laser eye clinic, a clear-aligner clinic and
an assisted-living home, where staff answer in their own voice and never disclose
health details in public.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "hc-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f5d6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh37",
    "title": "Svara: fresh situations, thirty-seventh set (model audit)",
    "description": "Situations written from the five guides alone in private health and care: a cancelled operation, bills over the price shown, a charge after cancelling, missed care visits, a faulty stair-lift, a long wait, a treatment price and visiting rules; patients, relatives, a nurse, a journalist and an association in the thread.",
    "authors": ["Svara team (audit37)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
