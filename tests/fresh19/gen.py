#!/usr/bin/env python3
"""Writes the fresh19 pack (pack.json and cr-*.json) from situations.py.

Run from anywhere: python3 tests/fresh19/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, and some a composer whose parts the
player picks, within a min and a max. This pack aims at saying no, and at
complaints about what is not the brand's fault: demands outside the terms,
deliberate decisions, what is outside the brand's control, customers partly to
blame, and sympathy that is not an admission.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cr-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#6b4a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh19",
    "title": "Svara: fresh situations, nineteenth set (model audit)",
    "description": "Situations written from the five guides alone in which the right answer says no warmly, explains a deliberate decision, owns its part of what a third party caused, says a customer's own slip without blaming, or shows sympathy without admitting what nobody has looked into.",
    "authors": ["Svara team (audit19)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
