#!/usr/bin/env python3
"""Writes the fresh25 pack (pack.json and pm-*.json) from situations.py.

Run from anywhere: python3 tests/fresh25/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack aims
at public services and monopolies, where the citizen cannot go elsewhere (a
municipality's school kitchen and mobility service, a water company, a regional
bus operator, a hospital's booking line, a state agency's chatbot, district
heating, a passport office): the authority's tone, rules that bind the answer,
facts that sit with another body, citizens angry at the system, a local
politician in the thread, and the same citizen answering the reply.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "pm-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#3b6e4a",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh25",
    "title": "Svara: fresh situations, twenty-fifth set (model audit)",
    "description": "Situations written from the five guides alone on public services and monopolies, where the citizen cannot go elsewhere: a school kitchen, a water main, a regional bus, a hospital's booking line, a state agency's chatbot, district heating, a mobility service and a passport office; rules that bind the answer, facts that sit with another body, a politician in the thread.",
    "authors": ["Svara team (audit25)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
