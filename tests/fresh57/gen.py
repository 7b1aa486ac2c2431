#!/usr/bin/env python3
"""Writes the fresh57 pack (pack.json and gc-*.json) from situations.py.

Run from anywhere: python3 tests/fresh57/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about green claims: a climate label, a deposit-return machine, a refill station,
a phone trade-in, a troll on recycled bottles, a green electricity tariff, a
jacket repair programme and a 'recyclable' refill pouch.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "gc-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f6b4a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh57",
    "title": "Svara: fresh situations, fifty-seventh set (model audit)",
    "description": "Situations written from the five guides alone about green claims: eco labels and climate promises, deposit-return and recycling, refill stations, second-life programmes, and customers who call it greenwashing.",
    "authors": ["Svara team (audit57)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
