#!/usr/bin/env python3
"""Writes the fresh20 pack (pack.json and cs-*.json) from situations.py.

Run from anywhere: python3 tests/fresh20/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, five also a composer; this pack aims
at the brand's own slips (its own post or answer wrong) and at people who need
more care (grief, old age, fear, another language), and at the brand's own side
going too far (a fan, a colleague on her own account).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cs-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b4a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh20",
    "title": "Svara: fresh situations, twentieth set (model audit)",
    "description": "Situations written from the five guides alone in which the brand's own post or answer was wrong, the customer is grieving, old, frightened or writing in another language, and the brand's own side goes too far.",
    "authors": ["Svara team (audit20)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
