#!/usr/bin/env python3
"""Writes the fresh51 pack (pack.json and mk-*.json) from situations.py.

Run from anywhere: python3 tests/fresh51/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about second-hand and marketplaces: a refurbished phone's battery, a troll on an
online auction house's page, a pawned watch listed too early, a charity shop's
thanks, a vintage shop's sizes, a resale app's late payouts, an auction's buyer's
premium the app hid, and a refurbished laptop called junk.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "mk-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#7a4f2b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh51",
    "title": "Svara: fresh situations, fifty-first set (model audit)",
    "description": "Situations written from the five guides alone about second-hand and marketplaces: resale apps, refurbished electronics, a pawnbroker, online auctions, vintage and charity shops.",
    "authors": ["Svara team (audit51)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
