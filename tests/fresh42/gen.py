#!/usr/bin/env python3
"""Writes the fresh42 pack (pack.json and lv-*.json) from situations.py.

Run from anywhere: python3 tests/fresh42/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and is about life's big days: a party venue that booked a 50th
birthday twice, a florist whose casket roses came late to a funeral, a printer
thanked for russ cards (and a troll under the thanks), a caterer after a
christening, a printer's confirmation invitations with the wrong date, a
restaurant's review after a 70th birthday, russ overalls with the school's name
misspelt, and a wedding barn's surcharge found on a wedding forum.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "lv-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Bryllupsforumet", "dm": "Meldinger"}),
    "colour": "#7a4b6e",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh42",
    "title": "Svara: nye situasjoner, sett nummer 42 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, om livets store dager: 50-årsdag, begravelse, russetid, dåp, konfirmasjon, 70-årsdag og bryllup. Selskapslokaler, blomsterbutikk, trykkerier, catering, en restaurant, en russedressprodusent og en bryllupsgård.",
    "authors": ["Svara team (audit42)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
