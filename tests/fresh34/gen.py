#!/usr/bin/env python3
"""Writes the fresh34 pack (pack.json and dq-*.json) from situations.py.

Run from anywhere: python3 tests/fresh34/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about cars and getting around (a windscreen repair, a bridge-toll tag, a
motorcycle's winter storage, an airport coach, a roof-box rental, a licence
photo booth, roadside assistance, a dash cam's warranty).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "dq-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#3b5e3a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh34",
    "title": "Svara: fresh situations, thirty-fourth set (model audit)",
    "description": "Situations written from the five guides alone about cars and getting around: commuters, a disabled traveller, a motoring journalist, another driver and a motoring organisation joining the thread, and staff who answer in their own voice.",
    "authors": ["Svara team (audit34)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
