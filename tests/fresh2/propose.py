#!/usr/bin/env python3
"""Measures the audit's proposed model changes, in a scratch copy only.

    python3 propose.py SCRATCH VARIANT[+VARIANT...]   (or 'none')
    python3 propose.py SCRATCH VARIANTS --write-only  (leave the changed model there,
                                                        to run ctest in SCRATCH; copy the original back after)

The lead has applied P1-P5 to the repository's model (README.md, Applied):
on today's model every variant is a no-op, and the script measures what it
did only on a copy of the model from before (git show 8fab152^:assets/...).
SCRATCH is a built copy of the repository (git archive HEAD | tar -x, then
cmake --build build/default --target svara-tool). The script rewrites
SCRATCH/assets/scoring/default.json with the variants applied (svara-tool reads
the model from its source folder at run time), runs `agreement` and
`agreement --perturb` on tests/fresh2, tests/fresh, scenarios/core and
scenarios/sample there, prints the totals, and puts the model back. It never
touches the repository it lives in.
"""
import copy
import json
import os
import subprocess
import sys

HOSTILE_NOT = {"not": {"tag": "too-personal"}}
NEG_NOT_TROLL = {"all": [{"valence": "negative"}, {"not": {"author": "troll"}}]}
NEG_OR_SOLUTION = {"all": [{"any": [{"valence": "negative"}, {"solution_offered": True}]},
                           {"not": {"author": "troll"}}]}


def rule(m, rid):
    for r in m["rules"]:
        if r["id"] == rid:
            return r
    raise KeyError(rid)


def add_to_all(r, cond):
    w = r.get("when")
    if isinstance(w, dict) and "all" in w:
        if cond not in w["all"]:  # applied already (README.md, Applied): nothing to add
            w["all"].append(cond)
    else:
        r["when"] = {"all": [w, cond]} if w is not None else cond


def fa_weight(m):
    """too-personal weighs as a public dispute does (PRO: never too personal)."""
    rule(m, "too-personal")["effects"] = {"reputation": -9, "sentiment": -9, "mood": -8}


def fa_withhold(m):
    """A public reply tagged too-personal earns none of the showcase credits."""
    for rid in ["personal-reply", "public-first-answer", "fast-first-reply", "solution-shown-onstage"]:
        add_to_all(rule(m, rid), HOSTILE_NOT)


def fa_withhold_explain(m):
    """...nor the explanation and facts credits: the personal matter is what it explains."""
    for rid in ["explanation-given", "factual-answer"]:
        add_to_all(rule(m, rid), HOSTILE_NOT)


def fb(m):
    """SWITCH on a follow-up: invited-to-continue as switch-after-public-solution (F3)."""
    r = rule(m, "invited-to-continue")
    r["when"]["all"] = [NEG_OR_SOLUTION if c == NEG_NOT_TROLL else c for c in r["when"]["all"]]


def fb2(m):
    """A move to private counts as content for a neutral follow-up in a thread with a solution."""
    r = rule(m, "answered-neutral-informatively")
    for c in r["when"]["all"]:
        if isinstance(c, dict) and "any" in c and {"part": "explain"} in c["any"]:
            c["any"].append({"all": [{"moves_private": True}, {"solution_offered": True}]})


def fd(m):
    """PUBLIC for questions and praise: an answer with content where everyone asked or saw."""
    if any(r["id"] == "answered-where-asked" for r in m["rules"]):
        return  # applied already (README.md, Applied)
    bad = rule(m, "personal-reply")["when"]["all"][4]  # the hostile-tag exclusion
    m["rules"].append({
        "id": "answered-where-asked",
        "principles": ["PUBLIC", "ALWAYS"],
        "on": "reply",
        "when": {"all": [
            {"speaks": True}, {"visibility": "public"}, {"not": {"channel": "private"}},
            {"any": [{"valence": "neutral"}, {"valence": "positive"}]},
            {"not": {"author": "troll"}}, {"not": {"canned": True}}, copy.deepcopy(bad),
            {"not": {"moves_private": True}},
            {"any": [{"all": [{"valence": "neutral"},
                              {"any": [{"part": "explain"}, {"tag": "informative"}, {"tag": "factual"},
                                       {"confirms": "true"}, {"denies": "false"}]}]},
                     {"all": [{"valence": "positive"}, {"part": "thank"}]}]}]},
        "effects": {"reputation": 1, "sentiment": 2},
        "explain": {"en": "Answered in public, where everyone who saw the post can read it.",
                    "sv": "Besvarat offentligt, där alla som såg inlägget kan läsa det.",
                    "nb": "Besvart offentlig, der alle som så innlegget kan lese det."},
    })


def fe(m):
    """EMPATHY: a canned reply is not a fast first answer (public-first-answer already says so)."""
    add_to_all(rule(m, "fast-first-reply"), {"not": {"canned": True}})


def fg(m):
    """HONEST: a remedy for something that did not happen is not a solution shown on stage."""
    add_to_all(rule(m, "solution-shown-onstage"), {"not": {"claims": "false"}})


VARIANTS = {"fe": fe, "fg": fg, "fa-weight": fa_weight, "fa-withhold": fa_withhold, "fa-explain": fa_withhold_explain, "fb": fb, "fb2": fb2, "fd": fd}
PACKS = ["tests/fresh2", "tests/fresh", "scenarios/core", "scenarios/sample"]


def main():
    scratch, names = sys.argv[1], sys.argv[2]
    keep = "--write-only" in sys.argv[3:]
    path = os.path.join(scratch, "assets/scoring/default.json")
    with open(path, encoding="utf-8") as f:
        orig = f.read()
    m = json.loads(orig)
    for n in ([] if names == "none" else names.split("+")):
        VARIANTS[n](m)
    if keep:  # leave the changed model in the scratch copy (put it back with 'none')
        with open(path, "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
        return
    try:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
        tool = os.path.join(scratch, "build/default/svara-tool")
        for p in PACKS:
            a = subprocess.run([tool, "agreement", p], cwd=scratch, capture_output=True, text=True)
            b = subprocess.run([tool, "agreement", "--perturb", p], cwd=scratch, capture_output=True, text=True)
            lines = (a.stdout + a.stderr).strip().splitlines()
            tot = [l for l in lines if l.startswith(("agreement:", "order:"))]
            flips = [l for l in (b.stdout + b.stderr).splitlines() if l.startswith("perturb:")]
            print(f"{p}: {' | '.join(tot)} | {flips[-1] if flips else b.stderr.strip()[:200]}")
            for l in lines:
                if "DISAGREES" in l or l.strip().startswith("order:"):
                    print("    " + l.strip())
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(orig)


if __name__ == "__main__":
    main()
