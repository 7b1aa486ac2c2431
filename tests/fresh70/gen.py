#!/usr/bin/env python3
"""Writes the fresh70 pack (pack.json and cu-*.json) from situations.py.

Run from anywhere: python3 tests/fresh70/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about telecom and broadband: fibre engineers who never came, an outage question,
a fixed price raised, bills after a number was ported away, a roaming bill, a thank-you
to an engineer, a streamer's building offline for days, and a price rumour.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "tc-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#1f5a8a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh70",
    "title": "Svara: fresh situations, seventieth set (model audit)",
    "description": "Situations written from the five guides alone about telecom and broadband: households waiting for engineers, a student abroad, a streamer, a pensioner, and staff who answer in their own voice.",
    "authors": ["Svara team (audit70)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
