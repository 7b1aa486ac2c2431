#!/usr/bin/env python3
"""Writes the fresh65 pack (pack.json and dt-*.json) from situations.py.

Run from anywhere: python3 tests/fresh65/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is about
online dating, social and community apps: a wrong ban, an ignored safety report,
fake profiles, a renewal after cancelling, a moderator who deleted a recall notice,
a question about deleting an account, praise for night moderators and a Boost
sold during an outage.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "dt-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#8a3a6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh65",
    "title": "Svara: fresh situations, sixty-fifth set (model audit)",
    "description": "Situations written from the five guides alone about online dating, social and community apps: account bans, safety reports, fake profiles, subscription billing and moderators.",
    "authors": ["Svara team (audit65)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
