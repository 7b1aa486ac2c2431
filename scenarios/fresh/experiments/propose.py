#!/usr/bin/env python3
"""The model changes proposed in ../README.md, applied to a COPY of
assets/scoring/default.json (never to the repository's model):
    python3 propose.py IN.json OUT.json [F1 F2 F3 F4 F5]   (default: F1 F2 F3 F5)
Each fix can be applied alone to measure it."""
import json, sys

NOT_OVERPROMISE = {"not": {"tag": "overpromise"}}

def rule(m, rid):
    for r in m["rules"]:
        if r["id"] == rid:
            return r
    raise KeyError(rid)

def f1(m):
    # HONEST: a promise tagged overpromise earns none of the credit of a promise
    # or a solution; in a one-decision situation its due date lies after the run,
    # so promise-broken never gets the chance to weigh it.
    for rid in ("follow-up-promised", "explanation-promised",
                "serious-reply-with-solution", "solution-shown-onstage"):
        rule(m, rid)["when"]["all"].append(NOT_OVERPROMISE)

THIRD_PUBLIC = {"all": [{"visibility": "public"}, {"thread_replies": ">=", "value": 2},
                         {"any": [{"author": "troll"}, {"valence": "negative"}]}]}

def f2(m):
    # TWICE: a third public reply in a heated thread earns no credit for what it
    # holds (explanation, contact, facts, a remedy shown on stage): the offer is
    # already in the thread, and repeating it only feeds the quarrel. A calm word
    # that holds none of these (the sample's request for civility) is unchanged.
    # (A flat heavier third-public-reply, -14/-14/-9, was tried first: it flips
    # the sample's recommended civility request, 23/23 -> 22/23.)
    for rid in ("explanation-given", "contact-offered", "factual-answer",
                "solution-shown-onstage"):
        rule(m, rid)["when"]["all"].append({"not": THIRD_PUBLIC})

F2B_RULES = ("order-confirm-then-act", "accommodating-reply", "honest-reply",
             "switch-after-public-solution", "invited-to-continue",
             "sincere-apology", "compensation-offered")

def f2b(m):
    # F2 widened: nor does it earn the credit for confirming, apologising,
    # compensating, honesty or the switch it announces in public. Still leaves
    # the sample's civility request (personal, professional, short) unchanged.
    f2(m)
    for rid in F2B_RULES:
        rule(m, rid)["when"]["all"].append({"not": THIRD_PUBLIC})

def f3(m):
    # SWITCH: a follow-up in a complaint thread where a solution was already
    # offered in public counts like the complaint itself (its own valence may be neutral).
    r = rule(m, "switch-after-public-solution")
    conds = r["when"]["all"]
    for i, c in enumerate(conds):
        if c == {"all": [{"valence": "negative"}, {"not": {"author": "troll"}}]}:
            conds[i] = {"all": [{"any": [{"valence": "negative"}, {"solution_offered": True}]},
                                {"not": {"author": "troll"}}]}
            return
    raise RuntimeError("switch-after-public-solution: valence test not found")

def f4(m):
    # FAST: a reply is fast only if the post has not stood for over an hour.
    # NOTE: no effect with today's code: a post with a negative `at` (history)
    # gets post_ms = the session's start (session.c process_post), so `delay`
    # counts from the start, not from when it was posted. Needs the code change
    # described in ../README.md (F4) before this condition can work.
    rule(m, "fast-first-reply")["when"]["all"].append({"delay": "<=", "value": 3600})

SUBSTANCE = {"any": [{"part": "apologise"}, {"part": "acknowledge"}, {"part": "deny"},
                     {"remedy": True}, {"action": "ask"}, {"part": "ask"},
                     {"moves_private": True}, {"tag": "accommodating"}, {"tag": "solution"},
                     {"parts": "==", "value": 0}]}

def f5(m):
    # PUBLIC, FAST "in substance": the first public answer and the fast answer
    # are credited only when the reply holds something for the complainer (an
    # acknowledgement, an apology, a correction, a remedy, a question, a next
    # step), not for any words at all (a lecture on manners, a bare link).
    # An option without `structure` (parts 0: the sample's parcel) is judged as
    # today; without that exemption the parcel's first reply flips between its
    # two recommended options under --perturb.
    for rid in ("public-first-answer", "fast-first-reply"):
        rule(m, rid)["when"]["all"].append(SUBSTANCE)

FIXES = {"F1": f1, "F2": f2, "F2B": f2b, "F3": f3, "F4": f4, "F5": f5}
DEFAULT = ["F1", "F2", "F3", "F5"]

def main():
    src, dst = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or DEFAULT
    m = json.load(open(src, encoding="utf-8"))
    for n in names:
        FIXES[n](m)
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, indent=2)
        f.write("\n")

if __name__ == "__main__":
    main()
