#!/usr/bin/env python3
"""Writes the fresh11 pack (pack.json and l-*.json) from situations.py.

Run from anywhere: python3 tests/fresh11/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Its situations use the shared generator's `third` decision (a post and a
decision that open only after the second decision's recommended option, ids
`o3-`) and `events` (a colleague's answer or a check that comes back, as
FORMAT.md's events, usually gated on the recommended option that set it going).
This pack is about arcs: what the brand said first decides what is right next.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "l-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#5b3f6b",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh11",
    "title": "Svara: fresh situations, eleventh set (model audit)",
    "description": "Situations written from the five guides alone, most with two or three decisions, where what the brand said first decides what is right next.",
    "authors": ["Svara team (audit11)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
