#!/usr/bin/env python3
"""Writes the fresh50 pack (pack.json and hg-*.json) from situations.py.

Run from anywhere: python3 tests/fresh50/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and is about garden and DIY: garden centres, a hardware store, tool and
trailer rental, a building merchant, a kitchen fitter and a bathroom fitter.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "hg-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#4a6b2f",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh50",
    "title": "Svara: nye situasjoner, sett nummer 50 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, fra hage og oppussing: hagesentre, en jernvarehandel, maskin- og hengerutleie, en trelasthandel, en kjøkkenmontør og et baderomsfirma. Kunder som har tatt fri fra jobb, et troll, en nabo som lurer på det samme, og en fornøyd kunde med et spørsmål.",
    "authors": ["Svara team (audit50)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
