#!/usr/bin/env python3
"""Writes the fresh10 pack (pack.json and k-*.json) from situations.py.

Run from anywhere: python3 tests/fresh10/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below: a fifth channel, a professional network (a public feed), besides the
wall, the reviews, the forum and the messages.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

CHANNELS = channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"})
CHANNELS["pro"] = {"id": "pro", "type": "public-feed", "name": "Worknet"}

STYLE = {
    "prefix": "k-",
    "channels": CHANNELS,
    "colour": "#5b3f6b",
    "duration": 400,
    "slow": 1800,
    "ending": "The situation is over. The debrief shows what the guides say about the answers you chose, and why.",
}

MANIFEST = {
    "id": "fresh10",
    "title": "Svara: fresh situations, tenth set (model audit)",
    "description": "Situations written from the five guides alone, some with two decisions, to see whether the scoring model follows them on stories it has never seen.",
    "authors": ["Svara team (audit10)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
