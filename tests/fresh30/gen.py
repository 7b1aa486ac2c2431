#!/usr/bin/env python3
"""Writes the fresh30 pack (pack.json and mo-*.json) from situations.py.

Run from anywhere: python3 tests/fresh30/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at money and contracts: a payout held for a fraud check, a fee from a clause
the customer never read, a rate on a website that the desk does not give, a
reminder fee charged by a fault, a lease's end-of-term damage charge, a pension
app that showed the wrong balance, a credit file mixed up with another man's,
and a fee that stepped up when a client paid late.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "mo-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#3d5a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh30",
    "title": "Svara: fresh situations, thirtieth set (model audit)",
    "description": "Situations written from the five guides alone about money and contracts: held payouts, fees from clauses nobody read, rates and charges disputed, a wrong balance and a mixed-up credit file, with elderly customers, a small-business owner, an influencer, a consumer adviser and a regulator's press office.",
    "authors": ["Svara team (audit30)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
