#!/usr/bin/env python3
"""Writes the fresh53 pack (pack.json and ov-*.json) from situations.py.

Run from anywhere: python3 tests/fresh53/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and is about places to stay: a cabin-rental firm, a hostel, a
campsite, a booking site, a city hotel, fishermen's cabins for rent, an agency
for holiday homes abroad and a hotel in the north.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "ov-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#2f5a6b",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh53",
    "title": "Svara: nye situasjoner, sett nummer 53 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, om steder å bo: hytteutleie, vandrerhjem, camping, en bookingside, hotell, rorbuer og feriebolig i utlandet. Familier på ferie, en backpacker, et troll på et campingforum, gjester som svarer tilbake, og ledere som svarer med egen stemme.",
    "authors": ["Svara team (audit53)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
