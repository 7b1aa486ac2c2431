#!/usr/bin/env python3
"""Measures the audit's proposed model changes (README.md), in a scratch copy only.

    python3 propose.py SCRATCH VARIANT[+VARIANT...] [ID...]   (VARIANT may be 'none')

With IDs (situations of tests/fresh4), it also prints their ranking under the variant.

SCRATCH is a configured copy of the repository with svara-tool built (git
archive HEAD | tar -x -C SCRATCH, then cmake --preset default -DSV_LTO=OFF and
cmake --build build/default --target svara-tool there). svara-tool reads the
model from its source folder at run time, so the script only rewrites
SCRATCH/assets/scoring/default.json, runs `agreement` and `agreement
--perturb` on tests/fresh4, tests/fresh3, tests/fresh2, tests/fresh,
scenarios/core and scenarios/sample, prints the totals, and puts the model
back. It never touches the repository it lives in.

Variants (rule ids as in assets/scoring/default.json):
  troll-left  D1 (TROLL): a public reply with words to a troll's post that does
              not also report or hide it earns a new rule,
              troll-answered-not-reported, -3 reputation / -3 sentiment.
  troll-up    D1 (TROLL): troll-reported weighs +8/+8 instead of +6/+6.
  goodwill    D2 (PRO, TWICE, ACCOMMODATE): accommodating-a-false-claim does not
              fire on its "claims false and known false" branch when the
              thread has had its correction (corrected) or the reply itself
              denies the false claim: a goodwill gesture beside or after a
              correction confirms nothing. The troll branch and the
              confirms-false branch stay.
  goodwill-after  D2, narrower: the same, but only when the thread has had
              its correction (corrected); a reply that denies and compensates
              at once is still charged.
"""
import json
import os
import re
import subprocess
import sys

HOSTILE = {"any": [{"tag": "sarcasm"}, {"tag": "irony"}, {"tag": "emotional"}, {"tag": "argue"},
                   {"tag": "blame-customer"}]}


def rule(m, rid):
    for r in m["rules"]:
        if r["id"] == rid:
            return r
    raise KeyError(rid)


def troll_left(m):
    if any(r["id"] == "troll-answered-not-reported" for r in m["rules"]):
        return  # the model has it already (applied to the repository)
    base = rule(m, "troll-reported")
    new = {
        "id": "troll-answered-not-reported",
        "principles": ["TROLL", "TWICE"],
        "on": "reply",
        "when": {"all": [{"speaks": True}, {"visibility": "public"}, {"author": "troll"},
                         {"not": {"claims": "true"}},
                         {"not": {"any": [{"also": "report"}, {"also": "hide"}]}}]},
        "effects": {"reputation": -3, "sentiment": -3},
        "explain": {"en": "You answered a troll's post in public and left it standing. Content from suspect accounts is reported or removed; a reply gives it an audience and a discussion, which is what it wants.",
                    "sv": "Du svarade offentligt på ett trollinlägg och lät det stå kvar. Innehåll från misstänkta konton anmäls eller tas bort; ett svar ger det publik och en diskussion, vilket är vad det vill ha.",
                    "nb": "Du svarte offentlig på et trollinnlegg og lot det stå. Innhold fra mistenkelige kontoer meldes eller fjernes; et svar gir det publikum og en diskusjon, som er det det vil ha."},
    }
    m["rules"].insert(m["rules"].index(base) + 1, new)


def troll_up(m):
    rule(m, "troll-reported")["effects"] = {"reputation": 8, "sentiment": 8}


def goodwill(m, after_only=False):
    w = rule(m, "accommodating-a-false-claim")["when"]["all"]
    old = {"all": [{"claims": "false"}, {"known_false": True}]}
    spared = {"corrected": True} if after_only else {"any": [{"corrected": True}, {"denies": "false"}]}
    new = {"all": [{"claims": "false"}, {"known_false": True}, {"not": spared}]}
    for c in w:
        if "any" in c and old in c["any"]:
            c["any"][c["any"].index(old)] = new
            return
        if "any" in c and new in c["any"]:
            return  # the model has it already (applied to the repository)
    raise KeyError("accommodating-a-false-claim: branch not found")


VARIANTS = {"troll-left": troll_left, "troll-up": troll_up, "goodwill": goodwill,
            "goodwill-after": lambda m: goodwill(m, after_only=True)}
PACKS = ["tests/fresh4", "tests/fresh3", "tests/fresh2", "tests/fresh", "scenarios/core", "scenarios/sample"]


def run(scratch, args):
    p = subprocess.run([os.path.join(scratch, "build/default/svara-tool")] + args, cwd=scratch,
                       capture_output=True, text=True)
    return p.stdout + p.stderr


def main():
    scratch, variants = sys.argv[1], sys.argv[2]
    names = [] if variants == "none" else variants.split("+")
    model = os.path.join(scratch, "assets/scoring/default.json")
    saved = open(model, encoding="utf-8").read()
    try:
        m = json.loads(saved)
        for n in names:
            VARIANTS[n](m)
        with open(model, "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
        for pack in PACKS:
            out = run(scratch, ["agreement", pack])
            agree = re.findall(r"^agreement: .*$", out, re.M)
            order = re.findall(r"^order: .*$", out, re.M)
            flips = re.findall(r"^perturb: .*$", run(scratch, ["agreement", "--perturb", pack]), re.M)
            print(f"{pack:18} {' '.join(agree)} | {' '.join(order) or 'order: 0'} | {' '.join(flips)}")
            for l in out.splitlines():
                if "DISAGREES" in l or l.startswith("      order:") or l.startswith(pack.split('/')[-1] + "/"):
                    pass
        for sid in sys.argv[3:]:
            out = run(scratch, ["agreement", "--ranking", "tests/fresh4", sid])
            print("\n".join(l for l in out.splitlines() if l.startswith("      o") or "path" in l))
    finally:
        with open(model, "w", encoding="utf-8") as f:
            f.write(saved)


if __name__ == "__main__":
    main()
