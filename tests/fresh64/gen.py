#!/usr/bin/env python3
"""Writes the fresh64 pack (pack.json and mv-*.json) from situations.py.

Run from anywhere: python3 tests/fresh64/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about moving and storage: a van-hire deposit, a self-storage auction letter, a
cracked glass table, packers praised, a storage gate down, paper padding, a
removal bill counted from the wrong hour and a sofa leg.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "mv-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b4a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh64",
    "title": "Svara: fresh situations, sixty-fourth set (model audit)",
    "description": "Situations written from the five guides alone about moving and storage: removal firms, self-storage, van hire, packing supplies and damaged furniture, answered by staff in their own voice.",
    "authors": ["Svara team (audit64)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
