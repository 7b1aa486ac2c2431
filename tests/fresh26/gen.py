#!/usr/bin/env python3
"""Writes the fresh26 pack (pack.json and nb-*.json) from situations.py.

Run from anywhere: python3 tests/fresh26/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and aims at seasonal and local businesses in Norway: a car ferry, a ski
rental, a campsite, a farm shop, a fishing-licence seller, a midsummer festival, a
mountain lodge and a fjord boat trip; weather and nature nobody controls, small
staff who answer in their own voice, a customer who answers the reply, and locals
who defend the business too hard.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "nb-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#2e5e4e",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh26",
    "title": "Svara: nye situasjoner, sett nummer 26 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, fra sesongbedrifter og lokale bedrifter i Norge: ferje, skiutleie, camping, gårdsbutikk, fiskekort, sankthansfest, fjellstue og fjordtur. Vær og natur ingen rår over, små staber som svarer med egen stemme, en kunde som svarer tilbake, og lokale som forsvarer bedriften litt for hardt.",
    "authors": ["Svara team (audit26)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
