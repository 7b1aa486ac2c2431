#!/usr/bin/env python3
"""Writes the fresh60 pack (pack.json and dl-*.json) from situations.py.

Run from anywhere: python3 tests/fresh60/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below. Every decision has its four options, six also a composer; this pack is in
Swedish only (the manifest declares ["sv"]) and aims at charging and sharing:
EV charging networks and their apps, car sharing and car pools, bike and scooter
rental, parking apps.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from fresh_pack import O, P, Pt, channels, crowd, write_pack  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "dl-",
    "channels": channels({"feed": "Sidan", "reviews": "Recensioner", "forum": "Forum", "dm": "Meddelanden"}),
    "colour": "#2e6b3f",
    "duration": 400,
    "slow": 1800,
    "languages": ["sv"],
    "ending_title": "Ditt svar är ute",
    "ending": "Ditt svar är publicerat. Genomgången visar vad råden säger om varje svar och varje del du kunde ha använt, och varför.",
}

MANIFEST = {
    "id": "fresh60",
    "title": "Svara: nya situationer, omgång 60 (granskning av modellen)",
    "description": "Situationer skrivna enbart utifrån de fem guiderna, om laddning och delning: en laddapp som tog blockeringsavgift för en urkopplad bil, en bilpool som fakturerade en skada som redan var anmäld, stadscyklar som får beröm, ett troll om brinnande elsparkcyklar, en parkeringsapp som tog betalt för tre dygn, en samåkningsapp som inte larmade om en inställd resa, ett nattpris som inte var vad kunden trodde och hyrcyklar med tomma batterier.",
    "authors": ["Svara team (audit60)"],
}

if __name__ == "__main__":
    write_pack(HERE, STYLE, MANIFEST)
