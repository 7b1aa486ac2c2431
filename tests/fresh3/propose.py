#!/usr/bin/env python3
"""Measures the audit's proposed model changes (README.md), in a scratch copy only.

    python3 propose.py SCRATCH VARIANT[+VARIANT...] [ID...]   (VARIANT may be 'none')

With IDs (situations of tests/fresh3), it also prints their ranking under the variant.

SCRATCH is a configured copy of the repository (git archive HEAD | tar -x -C
SCRATCH, then cmake --preset default -DSV_LTO=OFF there). The script rewrites
SCRATCH/assets/scoring/default.json (svara-tool reads the model from its source
folder at run time) and, for a variant that is C, SCRATCH/game/core, rebuilds
svara-tool there, runs `agreement` and `agreement --perturb` on tests/fresh3,
tests/fresh2, tests/fresh, scenarios/core and scenarios/sample, prints the
totals, and puts every changed file back. It never touches the repository it
lives in.

Variants:
  ask-dm   P1 (SWITCH, ASK): a public reply that asks for facts still missing
           and invites the customer to a private channel to give them is the
           way forward, not a door closed: private-suggested-without-solution
           and question-belongs-in-private do not fire on it, and it keeps
           public-first-answer.
  policy   P2 (POLICY): the substance two answers to one complaint must share
           is the action, the apology, the remedies and the value; an
           explanation (why it happened) added in the second channel is not a
           different treatment (score_context.c substance(): no SV_PART_EXPLAIN).
  joke-nod N1 (NO-IRONY): a joke beside an apology and a remedy (no
           no-solution tag) weighs -4/-3/-4 instead of -10/-8/-10 (a second
           rule, witty-aside-in-serious-reply); the other withholdings stay.
  blind    P3 (LISTEN, ASK): compensation offered while the complaint is
           unverified, unchecked and unasked earns no accommodating-reply.
"""
import json
import os
import re
import subprocess
import sys

ASK = {"any": [{"action": "ask"}, {"part": "ask"}]}
ASK_MISSING = {"all": [ASK, {"facts_missing": True}]}


def rule(m, rid):
    for r in m["rules"]:
        if r["id"] == rid:
            return r
    raise KeyError(rid)


def add_to_all(r, cond):
    w = r["when"]
    assert "all" in w, r["id"]
    if cond not in w["all"]:
        w["all"].append(cond)


def ask_dm(m):
    add_to_all(rule(m, "private-suggested-without-solution"), {"not": ASK_MISSING})
    add_to_all(rule(m, "question-belongs-in-private"), {"not": {"facts_missing": True}})
    pfa = rule(m, "public-first-answer")["when"]["all"]
    old = {"not": {"all": [{"moves_private": True}, {"not": {"remedy": True}}]}}
    new = {"not": {"all": [{"moves_private": True}, {"not": {"remedy": True}}, {"not": ASK_MISSING}]}}
    if new in pfa:  # the model has it already (applied to the repository)
        return
    i = pfa.index(old)
    pfa[i] = new


def policy_c(src):
    old = "if (k[i] == SV_PART_APOLOGISE || k[i] == SV_PART_EXPLAIN || k[i] == SV_PART_COMPENSATE ||"
    new = "if (k[i] == SV_PART_APOLOGISE || k[i] == SV_PART_COMPENSATE ||"
    if old not in src:
        return src  # the repository has it already (applied)
    return src.replace(old, new)


def blind(m):
    add_to_all(rule(m, "accommodating-reply"),
               {"not": {"all": [{"facts_missing": True}, {"compensates": True}, {"not": {"checked": True}},
                                {"not": ASK}]}})


def joke_nod(m):
    import copy
    witty = rule(m, "witty-reply-to-complaint")
    serious = {"all": [{"part": "apologise"}, {"remedy": True}, {"not": {"tag": "no-solution"}}]}
    aside = copy.deepcopy(witty)
    add_to_all(witty, {"not": serious})
    aside["id"] = "witty-aside-in-serious-reply"
    add_to_all(aside, serious)
    aside["effects"] = {"reputation": -4, "sentiment": -3, "mood": -4}
    m["rules"].insert(m["rules"].index(witty) + 1, aside)


JSON_VARIANTS = {"ask-dm": ask_dm, "blind": blind, "joke-nod": joke_nod}
C_VARIANTS = {"policy": ("game/core/score_context.c", policy_c)}
PACKS = ["tests/fresh3", "tests/fresh2", "tests/fresh", "scenarios/core", "scenarios/sample"]


def run(scratch, args):
    p = subprocess.run([os.path.join(scratch, "build/default/svara-tool")] + args, cwd=scratch,
                       capture_output=True, text=True)
    return p.stdout + p.stderr


def main():
    scratch, variants = sys.argv[1], sys.argv[2]
    names = [] if variants == "none" else variants.split("+")
    model = os.path.join(scratch, "assets/scoring/default.json")
    saved = {model: open(model, encoding="utf-8").read()}
    try:
        m = json.loads(saved[model])
        for n in names:
            if n in JSON_VARIANTS:
                JSON_VARIANTS[n](m)
        with open(model, "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
        for n in names:
            if n in C_VARIANTS:
                path, fn = C_VARIANTS[n]
                full = os.path.join(scratch, path)
                saved[full] = open(full, encoding="utf-8").read()
                with open(full, "w", encoding="utf-8") as f:
                    f.write(fn(saved[full]))
        subprocess.run(["cmake", "--build", "build/default", "-j2", "--target", "svara-tool"], cwd=scratch,
                       check=True, capture_output=True)
        for pack in PACKS:
            out = run(scratch, ["agreement", pack])
            agree = re.findall(r"^agreement: .*$", out, re.M)
            order = re.findall(r"^order: .*$", out, re.M)
            flips = re.findall(r"^perturb: .*$", run(scratch, ["agreement", "--perturb", pack]), re.M)
            print(f"{pack:18} {' '.join(agree)} | {' '.join(order) or 'order: 0'} | {' '.join(flips)}")
        for sid in sys.argv[3:]:
            out = run(scratch, ["agreement", "--ranking", "tests/fresh3", sid])
            print("\n".join(l for l in out.splitlines() if l.startswith("      o-") or "path" in l))
    finally:
        for path, text in saved.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        subprocess.run(["cmake", "--build", "build/default", "-j2", "--target", "svara-tool"], cwd=scratch,
                       capture_output=True)


if __name__ == "__main__":
    main()
