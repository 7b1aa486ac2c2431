#!/usr/bin/env python3
"""Writes the fresh27 pack (pack.json and sv-*.json) from situations.py.

Run from anywhere: python3 tests/fresh27/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and aims at everyday Swedish businesses: a martial arts club's binding period, a
second-hand hall's payout by Swish, a student-cap maker before graduation day, a
naprapath's late-cancellation fee, a carpet laundry, a football club's broken
floodlights, a self-storage firm's invoice and a dog school's cancelled course;
customers who write in the short, direct, sometimes ironic register of Swedish
social media, staff who answer in their own voice, a customer who answers the
reply, and a member, a neighbour and a troll who join the thread.
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
    "id": "fresh27",
    "title": "Svara: nya situationer, omgång 27 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, från vardagens Sverige: en kampsportsklubbs bindningstid, en loppishalls utbetalning via Swish, en studentmössa som blir sen, en naprapats avbokningsavgift, ett mattvätteri, en fotbollsklubbs trasiga belysning, ett förrådsbolags faktura och en hundskolas inställda valpkurs. Kunder som skriver kort, rakt och ibland ironiskt, personal som svarar med egen röst, en kund som svarar tillbaka, och en medlem, en granne och ett troll som hänger på i tråden.",
    "authors": ["Svara team (audit27)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
