#!/usr/bin/env python3
"""Writes the fresh29 pack (pack.json and fd-*.json) from situations.py.

Run from anywhere: python3 tests/fresh29/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about food and drink: a wrong allergen label, a catering order with a plate
missing, a label that offends, a smaller cup at the same price, a rude answer
at a ramen bar, a vegan wrap that was not, a food truck sold out, a recalled
batch still on the counter; customers with allergies and children, a food
blogger, staff who answer in their own voice, and a doctor and a food-safety
authority who join the thread.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "fd-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#8a4b1f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh29",
    "title": "Svara: fresh situations, twenty-ninth set (model audit)",
    "description": "Situations written from the five guides alone about food and drink: a wrong allergen label, a missing plate, a label that offends, a smaller cup at the same price, a rude answer, a vegan wrap that was not, a food truck sold out, a recalled batch on the counter; with a doctor and a food-safety authority joining.",
    "authors": ["Svara team (audit29)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
