#!/usr/bin/env python3
"""Writes the fresh28 pack (pack.json and cy-*.json) from situations.py.

Run from anywhere: python3 tests/fresh28/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at digital products and online communities (a game's ban, an e-reader update, a
password manager's price rise, a dating app's selfie check, a photo service that
lost an album, a course platform's certificate, a VPN accused of keeping logs, a
table-booking app's ranking), with a teenager, a streamer with a large
following and a coordinated campaign of copy-pasted posts, and facts that are
technical, half known or still under investigation.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cy-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Community forum"}),
    "colour": "#3b4f7a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh28",
    "title": "Svara: fresh situations, twenty-eighth set (model audit)",
    "description": "Situations written from the five guides alone about digital products and online communities: a ban, an update, a price rise, an identity check, a lost album, a certificate, a VPN smear campaign and a ranking, with a teenager, a streamer and copy-pasted posts, and facts still under investigation.",
    "authors": ["Svara team (audit28)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
