#!/usr/bin/env python3
"""Writes the fresh15 pack (pack.json and r-*.json) from situations.py.

Run from anywhere: python3 tests/fresh15/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. This pack is about trades with rules and the people behind the brand: cases
the brand may not discuss in public, a complainer wrong about a rule the brand
must follow, a named member of staff attacked, an honest "we cannot", and a fix
that takes weeks.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "r-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#5a3f6e",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh15",
    "title": "Svara: fresh situations, fifteenth set (model audit)",
    "description": "Situations written from the five guides alone on trades with rules and the people behind the brand.",
    "authors": ["Svara team (audit15)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
