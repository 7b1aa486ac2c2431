#!/usr/bin/env python3
"""Writes the fresh72 pack (pack.json and cf-*.json) from situations.py.

Run from anywhere: python3 tests/fresh72/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about crowdfunding and pre-orders: backers waiting for rewards, delays, a
stretch goal dropped, refunds, shipping costs added after the campaign.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cf-",
    "channels": channels({"feed": "Campaign page", "reviews": "Reviews", "forum": "Backer forum"}),
    "colour": "#7a4b1e",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh72",
    "title": "Svara: fresh situations, seventy-second set (model audit)",
    "description": "Situations written from the five guides alone about crowdfunding and pre-orders: backers waiting for rewards, delays, a dropped stretch goal, refunds and shipping costs added later, and small makers who answer in their own voice.",
    "authors": ["Svara team (audit72)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
