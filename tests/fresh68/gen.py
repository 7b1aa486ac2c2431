#!/usr/bin/env python3
"""Writes the fresh68 pack (pack.json and do-*.json) from situations.py.

Run from anywhere: python3 tests/fresh68/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about dentists and opticians: a filling cancelled by text at dawn, a crown billed
over its quote, glasses ground wrong (and a troll in the thread), a lens
subscription's price rise, bleeding after an extraction on a Friday night,
braces appointments moved a third time, a small optician's kindness, and a chain's
"two pairs" offer with a lens price told only at the till.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "do-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f5d7a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh68",
    "title": "Svara: fresh situations, sixty-eighth set (model audit)",
    "description": "Situations written from the five guides alone about dentists and opticians: appointments, treatment and lens costs, aftercare, glasses made wrong, chains and small practices.",
    "authors": ["Svara team (audit68)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
