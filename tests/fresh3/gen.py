#!/usr/bin/env python3
"""Writes the fresh3 pack (pack.json and t-*.json) from situations.py.

Run from anywhere: python3 tests/fresh3/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "t-",
    "channels": channels({"feed": "Pling", "reviews": "Betygsplatsen", "forum": "Pratbyn"}),
    "colour": "#3a5f8a",
    "duration": 240,
    "slow": 900,
    "ending": "The situation is over. The debrief shows what the guides say about the answer you chose, and why.",
}

MANIFEST = {
    "id": "fresh3",
    "title": "Svara: fresh situations, third set (model audit)",
    "description": "One-decision situations written from the five guides alone, to see whether the scoring model follows them on stories it has never seen.",
    "authors": ["Svara team (audit 9)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
