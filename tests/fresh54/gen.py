#!/usr/bin/env python3
"""Writes the fresh54 pack (pack.json and cp-*.json) from situations.py.

Run from anywhere: python3 tests/fresh54/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about cosmetics and personal care: a pharmacy own-brand cream, a beauty box,
an unmarked influencer post, a troll, a thank-you, a refill, a self-tan and a shaving gel.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cp-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#8a3b62",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh54",
    "title": "Svara: fresh situations, fifty-fourth set (model audit)",
    "description": "Situations written from the five guides alone about cosmetics and personal care: skincare and make-up buyers, a subscriber, an influencer, a troll, and staff who answer in their own voice.",
    "authors": ["Svara team (audit54)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
