#!/usr/bin/env python3
"""Writes the fresh40 pack (pack.json and ce-*.json) from situations.py.

Run from anywhere: python3 tests/fresh40/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about culture and events: a theatre, a concert arena, a natural history museum,
a summer festival, a library, a cinema's monthly pass, a concert hall and a ballet
matinee.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "ce-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b2f5a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh40",
    "title": "Svara: fresh situations, fortieth set (model audit)",
    "description": "Situations written from the five guides alone about culture and events: theatre-goers, concert fans, museum visitors, festival crowds, library borrowers and cinema-goers, and staff who answer in their own voice.",
    "authors": ["Svara team (audit40)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
