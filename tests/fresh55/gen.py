#!/usr/bin/env python3
"""Writes the fresh55 pack (pack.json and ga-*.json) from situations.py.

Run from anywhere: python3 tests/fresh55/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and is about games and toys: a game's servers down through a paid event weekend,
an in-game purchase charged twice, a toy shop's cancelled Christmas pre-orders,
praise for a board-game café's host, a gaming fair's broken entry scanners, a
troll's malware rumour on a game forum, a patch that breaks save files, and a
toy shop's refused exchange on a review site.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "ga-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#5b2a86",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh55",
    "title": "Svara: nya situationer, omgång 55 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om spel och leksaker: servrar som låg nere under en betald eventhelg, ett köp i spelet som drogs två gånger, inställda julförbeställningar i en leksaksbutik, beröm till ett brädspelskafé, trasiga biljettskannrar på en spelmässa, ett troll som sprider ett virusrykte, en patch som förstör sparfiler och ett nekat byte i en leksaksbutik.",
    "authors": ["Svara team (audit55)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
