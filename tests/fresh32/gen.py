#!/usr/bin/env python3
"""Writes the fresh32 pack (pack.json and bz-*.json) from situations.py.

Run from anywhere: python3 tests/fresh32/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at business customers: a supplier that shorted a restaurant before its busiest
weekend, an accounting service whose update filed VAT returns late, a sign
maker that lettered a firm's vans with the wrong number, a meeting room sold
twice on the morning of a pitch, a fulfilment warehouse that mislaid webshops'
stock in peak season (asked by a business journalist), a trade fair that moved
a stand, a recruitment agency that sent a CV to the candidate's own employer,
and a shredding service that skipped an office; with a trade association and
the customer's own client joining the thread, and customers who answer back.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "bz-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#3b4f7a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh32",
    "title": "Svara: fresh situations, thirty-second set (model audit)",
    "description": "Situations written from the five guides alone in which the customer is a business: a restaurant shorted by its supplier, a firm fined after its accounting service filed late, vans lettered with the wrong number, a pitch without its room, webshops' stock mislaid, a stand moved at a fair, a CV sent to the candidate's employer, an office skipped by its shredding service.",
    "authors": ["Svara team (audit32)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
