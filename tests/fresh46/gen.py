#!/usr/bin/env python3
"""Writes the fresh46 pack (pack.json and cu-*.json) from situations.py.

Run from anywhere: python3 tests/fresh46/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about electronics and furniture retail: home delivery and assembly, warranties
and repairs, a price promise and click and collect.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "el-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f4f6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh46",
    "title": "Svara: fresh situations, forty-sixth set (model audit)",
    "description": "Situations written from the five guides alone about electronics and furniture retail: buyers of beds, tables, TVs and coffee machines, a troll, and staff who answer in their own voice.",
    "authors": ["Svara team (audit46)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
