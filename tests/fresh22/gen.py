#!/usr/bin/env python3
"""Writes the fresh22 pack (pack.json and cu-*.json) from situations.py.

Run from anywhere: python3 tests/fresh22/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at the customer who is mistaken (the product used wrongly, the law or the opening
hours misread, the wrong company blamed), the customer partly wrong and partly
right, what is not quite a complaint (sarcasm, a meme, a passive-aggressive
question, a complaint inside praise), and customers who come back unhappy after
a good first answer.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cu-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#2f5d6b",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh22",
    "title": "Svara: fresh situations, twenty-second set (model audit)",
    "description": "Situations written from the five guides alone in which the customer is mistaken, partly wrong and partly right, not quite complaining (sarcasm, a meme, a pointed question, a complaint inside praise), or comes back unhappy after a good answer.",
    "authors": ["Svara team (audit22)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
