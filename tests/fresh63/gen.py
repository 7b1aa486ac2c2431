#!/usr/bin/env python3
"""Writes the fresh63 pack (pack.json and bf-*.json) from situations.py.

Run from anywhere: python3 tests/fresh63/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and aims at banking and insurance: a card blocked abroad, a fraud
case, a late payday, a bank-run rumour, an app log-in fault, a paper-statement
fee, thanks for a first mortgage and a car-insurance claim refused by mistake.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "bf-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#1f4e6b",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh63",
    "title": "Svara: nye situasjoner, sett nummer 63 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, fra bank og forsikring: et kort sperret i utlandet, en svindelsak, lønn som ikke kom, et rykte om konkurs, innlogging i appen, gebyr for papirutskrift, takk for et boliglån og et kaskoavslag som var feil.",
    "authors": ["Svara team (audit63)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
