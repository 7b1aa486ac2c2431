#!/usr/bin/env python3
"""Writes the fresh41 pack (pack.json and dj-*.json) from situations.py.

Run from anywhere: python3 tests/fresh41/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and is about pets and animal care: a pet insurer that lost the vet's records, a
dog groomer that shaved a dog it was asked to trim, a dog day-care whose gate let
a dog out, a pet shop hit by a troll, a vet clinic whose web page promised a
night service it no longer had, a cat shelter thanked by an adopter, a dog
rescue that turned an applicant down, and a cattery that forgot the daily photos.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "dj-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Kattforum Sverige", "dm": "Meddelanden"}),
    "colour": "#7a4b1f",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh41",
    "title": "Svara: nya situationer, omgång 41 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om djur och djurvård: en djurförsäkring som tappat bort journalen, en hundfrisör som rakade i stället för att putsa, ett hunddagis där en hund kom ut genom grinden, en djuraffär som drabbas av ett troll, en djurklinik vars hemsida lovade nattjour, ett katthem som får ett tack, en hundförening som sa nej till en adoption och ett kattpensionat som glömde bilderna.",
    "authors": ["Svara team (audit41)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
