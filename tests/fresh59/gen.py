#!/usr/bin/env python3
"""Writes the fresh59 pack (pack.json and cu-*.json) from situations.py.

Run from anywhere: python3 tests/fresh59/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about made-to-order goods: graduation hoodies, a photo mug, an engraved watch,
a print-on-demand rumour, a photo book with a stranger's photos, an old photo on
a mug, crooked business cards and off-colour jam labels.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "mo-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#7a3b69",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh59",
    "title": "Svara: fresh situations, fifty-ninth set (model audit)",
    "description": "Situations written from the five guides alone about made-to-order goods: print shops, custom clothes and mugs, photo books, engraving and personalised gifts.",
    "authors": ["Svara team (audit59)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
