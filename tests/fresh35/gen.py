#!/usr/bin/env python3
"""Writes the fresh35 pack (pack.json and by-*.json) from situations.py.

Run from anywhere: python3 tests/fresh35/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and aims at small shops and services in Norwegian towns: a lash
studio, an insole fitter, a sewing-machine shop, a silversmith, a pet shop, a
photo studio, a ski-service workshop and a grave-care service; elderly
customers, a local influencer, small staff who answer in their own voice, a
customer who answers the reply, and a neighbour and the local paper who join the
thread.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "by-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#6b3f2f",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh35",
    "title": "Svara: nye situasjoner, sett nummer 35 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, fra små butikker og tjenester i norske byer: vippestudio, såletilpasning, symaskinbutikk, sølvsmie, dyrebutikk, fotostudio, skiverksted og gravstell. Eldre kunder, en lokal influenser, små staber som svarer med egen stemme, en kunde som svarer tilbake, og en nabo og lokalavisa som blander seg inn.",
    "authors": ["Svara team (audit35)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
