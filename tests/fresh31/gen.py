#!/usr/bin/env python3
"""Writes the fresh31 pack (pack.json and hh-*.json) from situations.py.

Run from anywhere: python3 tests/fresh31/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is
about home and housing: a student flat's broken window in winter, a housing
cooperative's fee rise aired in a neighbourhood group, a floor-sanding firm's
varnish that never dried, made-to-measure blinds whose fitter missed two
mornings, a handyman app's no-show, a pellet delivery that did not come in the
cold, a new-build brochure's wrong square metres, and praise with a question
in it; with tenants with small children, a wheelchair user, a tenants' union
and a neighbour who joins the thread.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "hh-",
    "channels": channels({"feed": "The page", "reviews": "Reviews", "forum": "Neighbourhood group"}),
    "colour": "#6b4a2f",
    "duration": 400,
    "slow": 1800,
    "ending": "Your answer is out. The debrief shows what the guides say about each answer and each part you could have used, and why.",
}

MANIFEST = {
    "id": "fresh31",
    "title": "Svara: fresh situations, thirty-first set (model audit)",
    "description": "Situations about home and housing written from the five guides alone: repairs and deliveries that did not come, a fee rise, a floor that did not dry, a brochure's wrong area, praise with a question; tenants, a union and neighbours joining the thread.",
    "authors": ["Svara team (audit31)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
