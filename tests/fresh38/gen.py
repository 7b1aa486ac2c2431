#!/usr/bin/env python3
"""Writes the fresh38 pack (pack.json and cu-*.json) from situations.py.

Run from anywhere: python3 tests/fresh38/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about sport and fitness: season cards, court bookings, a race, a shoe, club fees,
a match webcast, a gym injury and a road closed for a race.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "sp-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#3d6b2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh38",
    "title": "Svara: fresh situations, thirty-eighth set (model audit)",
    "description": "Situations written from the five guides alone about sport and fitness: fans, parents of young athletes, a sports journalist, a coach, and staff who answer in their own voice.",
    "authors": ["Svara team (audit38)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
