#!/usr/bin/env python3
"""Writes the fresh61 pack (pack.json and sb-*.json) from situations.py.

Run from anywhere: python3 tests/fresh61/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about software for small businesses: an invoicing app, a booking system, a web
host, an accounting app, a till app, a site builder, business mail and a data
export.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "sb-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "User forum"}),
    "colour": "#2f4f6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh61",
    "title": "Svara: fresh situations, sixty-first set (model audit)",
    "description": "Situations written from the five guides alone about software for small businesses: invoicing and accounting apps, a booking system, web hosting, a site builder, business mail, an outage and a data export.",
    "authors": ["Svara team (audit61)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
