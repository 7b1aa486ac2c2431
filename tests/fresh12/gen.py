#!/usr/bin/env python3
"""Writes the fresh12 pack (pack.json and m-*.json) from situations.py.

Run from anywhere: python3 tests/fresh12/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. This pack is about time and place: when an answer goes out (at once, after a
check the deadline allows, or late for nothing) and where (a private message,
a public thread whose fix needs personal details, a review site that takes one
answer, a listing nobody watches, one customer in two channels).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "m-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f5d50",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh12",
    "title": "Svara: fresh situations, twelfth set (model audit)",
    "description": "Situations written from the five guides alone on time and place: when the answer goes out and where it goes.",
    "authors": ["Svara team (audit12)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
