#!/usr/bin/env python3
"""Writes the fresh13 pack (pack.json and n-*.json) from situations.py.

Run from anywhere: python3 tests/fresh13/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. This pack aims at the principles the earlier audits used least: going
the extra mile (and where it stops), irony and humour, asking, keeping it short,
the team beyond customer service, and criticism found outside the brand's page.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "n-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Residents' group"}),
    "colour": "#5a3f6b",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh13",
    "title": "Svara: fresh situations, thirteenth set (model audit)",
    "description": "Situations written from the five guides alone on the principles earlier audits used least: the extra mile, irony and humour, asking, short answers, the team beyond customer service, criticism found elsewhere.",
    "authors": ["Svara team (audit13)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
