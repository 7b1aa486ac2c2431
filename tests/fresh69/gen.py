#!/usr/bin/env python3
"""Writes the fresh69 pack (pack.json and kt-*.json) from situations.py.

Run from anywhere: python3 tests/fresh69/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and is about buses, ferries and local transport tickets: a ticket app
that failed at an inspection, a season pass on a line that was cut, a school bus
that drove past a child, a missed ferry connection, a harsh ticket inspector, a
driver who waited, a troll about drunk drivers and a question about bikes on the
ferry.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "kt-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#2f556b",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh69",
    "title": "Svara: nye situasjoner, sett nummer 69 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, om buss, ferje og billetter i lokaltrafikken: billettappen, periodebilletten, skolebussen, en ferje som gikk fra bussen, en billettkontrollør, en sjåfør som ventet, et troll og et spørsmål om sykkel på ferja.",
    "authors": ["Svara team (audit69)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
