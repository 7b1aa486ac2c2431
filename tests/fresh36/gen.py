#!/usr/bin/env python3
"""Writes the fresh36 pack (pack.json and sv-*.json) from situations.py.

Run from anywhere: python3 tests/fresh36/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and aims at trips and days out in Sweden: a heritage steam railway's cancelled
run, an amusement park's ride that stopped after a long queue, a dog-sledding
tour booked twice, a summer theatre's moved show, a ski bus that left early, a
seal safari that was full, a glassworks' closed demonstration and a river raft
that listed; families, pensioners, tourists and a travel blogger, small staff
who answer in their own voice, customers who answer the reply, and another
traveller and a local newspaper who join the thread.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "sv-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#1f4e79",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh36",
    "title": "Svara: nya situationer, omgång 36 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om utflykter och resor i Sverige: ett inställt ångtåg, en berg- och dalbana som stannar efter lång kö, en dubbelbokad hundspannstur, en sommarteater som flyttar en föreställning, en skidbuss som går för tidigt, en fullsatt sälsafari, ett glasbruk som stängt glasblåsningen och en flotte som läcker. Familjer, pensionärer, turister och en resebloggare, personal som svarar med egen röst, kunder som svarar tillbaka, och en annan resenär och lokaltidningen som hänger på i tråden.",
    "authors": ["Svara team (audit36)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
