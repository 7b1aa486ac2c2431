#!/usr/bin/env python3
"""Writes the fresh67 pack (pack.json and bv-*.json) from situations.py.

Run from anywhere: python3 tests/fresh67/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and aims at car workshops and tyres: wheel bolts left loose after a tyre change,
a thank-you with a question about the tyre hotel, a timing-belt quote called a
rip-off, an inspection result that reached the register late (and a troll), a
courtesy car that was not there, a question about studded tyres, a mechanic's
fast test drive, and a car waiting twelve days for a part on a review site.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "bv-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#8a3b12",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh67",
    "title": "Svara: nya situationer, omgång 67 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om bilverkstäder och däck: lösa hjulbultar efter ett däckbyte, ett tack och en fråga om däckhotellet, en kamremsoffert som kallas rån, ett besiktningsresultat som nådde registret för sent, en lånebil som inte fanns, en fråga om dubbdäck, en provtur i 150 och en bil som väntat tolv dagar på en reservdel.",
    "authors": ["Svara team (audit67)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
