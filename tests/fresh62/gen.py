#!/usr/bin/env python3
"""Writes the fresh62 pack (pack.json and lev-*.json) from situations.py.

Run from anywhere: python3 tests/fresh62/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and is about food delivery and grocery apps: a gluten-free bread swapped for an
ordinary one, an office lunch that came late and cold (and the courier who
answers), a meal-kit subscription charged while paused, a courier praised with a
question about tips, a troll's rat photo, a frozen bag left in the van after a
canned answer, a door code cut off in the courier app, and a courier said to be
rude to an old woman, with nothing known yet.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "lev-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#2e7d4f",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh62",
    "title": "Svara: nya situationer, omgång 62 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om matleveranser och matappar: ett glutenfritt bröd som byttes mot ett vanligt, en kontorslunch som kom sent och kall, en matkasse som drogs trots paus, ett bud som får beröm, ett troll med en råttbild, en frysväska som blev kvar i bilen, en portkod som klipptes bort och ett bud som sägs ha varit otrevligt. Kunder, ett bud, en orolig förälder och ett troll, och personal som svarar med egen röst.",
    "authors": ["Svara team (audit62)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
