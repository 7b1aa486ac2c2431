#!/usr/bin/env python3
"""Writes the fresh16 pack (pack.json and s-*.json) from situations.py.

Run from anywhere: python3 tests/fresh16/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. This pack is about many voices in one thread: a troll under a fair complaint,
a fan who spreads a wrong fact in the brand's favour, a rumour people repeat,
a customer who answers for the brand, a second customer with the same fault,
a local reporter, a rival tagged, and a new customer's question in a thread
that has had its two answers.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "s-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f6b5e",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh16",
    "title": "Svara: fresh situations, sixteenth set (model audit)",
    "description": "Situations written from the five guides alone on threads with many voices: fans, trolls, helpers, the press and other customers.",
    "authors": ["Svara team (audit16)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
