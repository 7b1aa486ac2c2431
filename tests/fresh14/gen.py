#!/usr/bin/env python3
"""Writes the fresh14 pack (pack.json and q-*.json) from situations.py.

Run from anywhere: python3 tests/fresh14/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. This pack is about answers built to look good: replies stacked with every
part, an apology that denies, money for a complaint that needed an explanation or a
fix, contact details alone, a thank-you or a "we hear you" alone, one text pasted to
two customers; against short plain answers that do the one thing needed, and the
same fault from two customers (POLICY, FIX).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "q-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6a3d7a",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh14",
    "title": "Svara: fresh situations, fourteenth set (model audit)",
    "description": "Situations written from the five guides alone on answers built to look good: the whole reply judged, not its count of parts.",
    "authors": ["Svara team (audit14)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
