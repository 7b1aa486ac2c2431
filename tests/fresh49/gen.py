#!/usr/bin/env python3
"""Writes the fresh49 pack (pack.json and mb-*.json) from situations.py.

Run from anywhere: python3 tests/fresh49/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and aims at mobile phones: a roaming bill from a ferry's satellite network, a
firm's number stuck in a port, a prepaid card that looked empty, a repair shop
that promised two hours, a price rise with a broken link, a thank-you for saved
photos, an app's extra-data purchase that keeps failing, and a stolen phone's
bill in a private message.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "mb-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#6a2c91",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh49",
    "title": "Svara: nya situationer, omgång 49 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om mobiltelefoni: operatörer och abonnemang, roaming och chockräkningar, nummerflytt, kontantkort och mobilverkstäder. Resenärer, en hantverkare, en pensionär och hennes dotter, en kund som tackar, ett troll och personal som svarar med egen röst.",
    "authors": ["Svara team (audit49)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
