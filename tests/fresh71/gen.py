#!/usr/bin/env python3
"""Writes the fresh71 pack (pack.json and bg-*.json) from situations.py.

Run from anywhere: python3 tests/fresh71/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"], every text a player reads is Swedish)
and is about funeral homes, cemeteries and memorial services: grave upkeep that
was not done, an ash scattering at sea moved without word to the family, a
funeral invoice with a line twice, a death notice with the wrong day, thanks
for a funeral, a troll's lie about a crematorium, a memorial grove's name
plate, and gravestones toppled by a storm. A register of care and tact.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "bg-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#4a4a5e",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh71",
    "title": "Svara: nya situationer, omgång 71 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om begravningsbyråer, kyrkogårdar och minnesceremonier: gravskötsel som uteblev, en askspridning som flyttades utan besked, en faktura med en rad två gånger, en dödsannons med fel dag, ett tack efter en begravning, ett troll, en namnplatta i minneslunden och gravstenar som vält i en storm.",
    "authors": ["Svara team (audit71)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
