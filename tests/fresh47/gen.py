#!/usr/bin/env python3
"""Writes the fresh47 pack (pack.json and fg-*.json) from situations.py.

Run from anywhere: python3 tests/fresh47/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Norwegian Bokmål only (the manifest declares ["nb"]) and is about charities,
clubs and volunteering: monthly giving charged twice, a school band's flea
market queue, a hiking association's renewal, a charity run's thanks, a troll
under an animal shelter's appeal, an archery club's cancelled beginners' course,
a model railway exhibition's old poster and a volunteer centre's escort that
never came.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "fg-",
    "channels": channels({"feed": "Siden", "reviews": "Omtaler", "forum": "Forum", "dm": "Meldinger"}),
    "colour": "#2f5a6b",
    "duration": 400,
    "slow": 1800,
    "languages": ["nb"],
    "ending_title": "Svaret ditt er ute",
    "ending": "Svaret ditt er publisert. Gjennomgangen viser hva rådene sier om hvert svar og hver del du kunne ha brukt, og hvorfor.",
}

MANIFEST = {
    "id": "fresh47",
    "title": "Svara: nye situasjoner, sett nummer 47 (modellrevisjon)",
    "description": "Situasjoner skrevet bare ut fra de fem guidene, fra organisasjoner, klubber og frivillig arbeid: faste givere, medlemskap, innsamlingsløp, et skolekorps, en bueskytterklubb, en modelljernbaneklubb og en frivilligsentral.",
    "authors": ["Svara team (audit47)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
