#!/usr/bin/env python3
"""Writes the fresh24 pack (pack.json and cw-*.json) from situations.py.

Run from anywhere: python3 tests/fresh24/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at sensitive complaints: unequal treatment alleged, accessibility failures (an
assistance dog turned away, an access pass refused for a disability nobody can
see), a member of staff filmed being rude and the pile-on that follows, another
customer's behaviour on the premises, and complaints that touch grief, health
or a child, where tone, privacy, facts not yet known and the people named meet.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "cw-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#5b3a6e",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh24",
    "title": "Svara: fresh situations, twenty-fourth set (model audit)",
    "description": "Situations written from the five guides alone on sensitive complaints: unequal treatment alleged, an assistance dog and an access pass refused, a member of staff filmed being rude and the pile-on after it, another customer's behaviour, and complaints that touch grief, health or a child.",
    "authors": ["Svara team (audit24)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
