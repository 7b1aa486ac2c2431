#!/usr/bin/env python3
"""Writes the fresh45 pack (pack.json and hm-*.json) from situations.py.

Run from anywhere: python3 tests/fresh45/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and aims at trades and services at home: a plumber's leaking coupling, an
electrician's car charger that trips the main fuse, a removal crew late on
moving day, a troll who says a removal firm steals, a move-out clean that
missed the oven again, a hairdresser's orange toner, a lash salon that skipped
the patch test, and praise for a home cleaner with a question in it.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "hm-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#6b4f2a",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh45",
    "title": "Svara: nya situationer, omgång 45 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om hantverkare och tjänster i hemmet: en rörmokares läckande koppling, en elektrikers laddbox som får säkringen att gå, en flyttfirma som är sen på flyttdagen, ett troll som påstår att flyttarna stjäl, en flyttstädning som missade ugnen igen, en frisörs orangea toning, en fransstudio som hoppade över lapptestet och beröm till en hemstädare med en fråga i.",
    "authors": ["Svara team (audit45)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
