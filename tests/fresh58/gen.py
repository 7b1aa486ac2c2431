#!/usr/bin/env python3
"""Writes the fresh58 pack (pack.json and al-*.json) from situations.py.

Run from anywhere: python3 tests/fresh58/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"], every text a player reads is
Norwegian) and is about access for everyone: a guide dog refused by a taxi,
station assistance that never came, a hearing loop praised, a web shop a screen
reader cannot pay in, steps up to a bookshop, wheelchair places that cannot be
booked online, a wheelchair broken in a plane's hold, and captions asked for.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "al-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#2f5b6b",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh58",
    "title": "Svara: nye situasjoner, sett nummer 58 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, om tilgjengelighet for alle: trinnfri adkomst til butikker og konsertsaler, assistanse på stasjoner og flyplasser, teleslynge og teksting, en førerhund som ble avvist, og nettsider og billettkjøp som skal fungere for alle.",
    "authors": ["Svara team (audit58)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
