#!/usr/bin/env python3
"""Writes the fresh66 pack (pack.json and eo-*.json) from situations.py.

Run from anywhere: python3 tests/fresh66/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and is about care for the elderly: a night alarm that took too long,
dinners on wheels that came cold, home-care visits by strangers, clothes lost in
a care home's laundry, how to apply for an alarm, a day centre's trip, an invoice
sent after a death, and a rumour about a care home's kitchen; relatives who speak
for a parent, private providers and municipal services.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "eo-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#3f5f6b",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh66",
    "title": "Svara: nye situasjoner, sett nummer 66 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, om omsorg for eldre: trygghetsalarm, matombringing, hjemmetjeneste, sykehjem, dagsenter og seniorbolig. Pårørende som snakker for mor eller far, private firmaer og kommunale tjenester.",
    "authors": ["Svara team (audit66)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
