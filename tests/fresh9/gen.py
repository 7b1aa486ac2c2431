#!/usr/bin/env python3
"""Writes the fresh9 pack (pack.json and z-*.json) from situations.py.

Run from anywhere: python3 tests/fresh9/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Its situations may have a second decision, history and unwatched
channels, as fresh5's.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "z-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f5b6b",
    "duration": 400,
    "slow": 1800,
    "ending": "The situation is over. The debrief shows what the guides say about the answers you chose, and why.",
}

MANIFEST = {
    "id": "fresh9",
    "title": "Svara: fresh situations, ninth set (model audit)",
    "description": "Situations written from the five guides alone, some with two decisions, to see whether the scoring model follows them on stories it has never seen.",
    "authors": ["Svara team (audit9)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
