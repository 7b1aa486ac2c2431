#!/usr/bin/env python3
"""Writes the fresh39 pack (pack.json and fw-*.json) from situations.py.

Run from anywhere: python3 tests/fresh39/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack's theme
is fashion and clothing: sizes changed without notice, a new return fee, a
greenwashing charge, a ruined wedding hat, fake sneakers on a resale app, a
recalled children's snowsuit, a campaign called body-shaming, and a price raised
before a sale.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "fw-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b2f5d",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh39",
    "title": "Svara: fresh situations, thirty-ninth set (model audit)",
    "description": "Situations written from the five guides alone about fashion and clothing: changed sizes, a return fee, greenwashing, a ruined wedding hat, fake sneakers, a recalled snowsuit, a body-shaming campaign and a price raised before a sale.",
    "authors": ["Svara team (audit39)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
