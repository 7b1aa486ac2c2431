#!/usr/bin/env python3
"""Writes the fresh4 pack (pack.json and u-*.json) from situations.py.

Run from anywhere: python3 tests/fresh4/gen.py. English only, texts are plain
strings. Based on tests/fresh3/gen.py, with two additions: a situation may have
a second decision (`second`: a follow-up post and a decision that open only on
the path where the first decision's recommended option was chosen, so the
second decision is always judged after the guides' first answer), and a
channel may be unwatched (`unwatched`, MONITOR). The recommended option is
always written LAST, so that a tie in the model (which keeps the earlier
option) counts against the model, never for it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CHANNELS = {
    "feed": {"id": "feed", "type": "public-feed", "name": "Flödet"},
    "reviews": {"id": "reviews", "type": "review-site", "name": "Omdömet"},
    "forum": {"id": "forum", "type": "forum", "name": "Grannsnack"},
    "dm": {"id": "dm", "type": "private", "name": "Messages"},
}


def crowd(complainer=True, trolls=0, size=400):
    segs = []
    if complainer:
        segs.append({"id": "their-followers", "kind": "complainer", "share": 20,
                     "stance": -30, "mobility": 30})
    segs.append({"id": "onlookers", "kind": "onlooker", "share": 55, "stance": 0, "mobility": 70})
    segs.append({"id": "regulars", "kind": "fan", "count": 30, "stance": 45, "mobility": 20})
    if trolls:
        segs.append({"id": "trolls", "kind": "troll", "count": trolls, "stance": -90, "mobility": 0})
    return {"size": size, "segments": segs}


def P(pid, name, handle, role, followers, bio):
    return {"id": pid, "name": name, "handle": handle, "role": role,
            "followers": followers, "bio": bio}


def O(oid, expert, text, annotation, **kw):
    d = {"id": oid, "text": text}
    d.update(kw)
    d["annotation"] = annotation
    d["expert"] = expert
    return d


def ordered(options, sid):
    rec = [o for o in options if o["expert"] == "recommended"]
    rest = [o for o in options if o["expert"] != "recommended"]
    assert len(rec) == 1, sid
    return rest + rec, rec[0]["id"]


def build(s):
    slow = s.get("slow", False)
    deadline = 600 if slow else 90
    chans = []
    for c in s["channels"]:
        ch = dict(CHANNELS[c])
        if c in s.get("unwatched", ()):
            ch["watched"] = False
        chans.append(ch)
    out = {
        "format": 1,
        "id": s["id"],
        "title": s["title"],
        "summary": s["summary"],
        "briefing": s["briefing"],
        "brand": {"name": s["brand"], "handle": s["handle"], "colour": s.get("colour", "#5a3f8a")},
        "duration": s.get("duration", 1800 if slow else 400),
        "meters": {"reputation": 60, "sentiment": 45, "mood": 25, "reach": 0},
        "channels": chans,
        "personas": s["personas"],
        "audience": s.get("audience") or crowd(),
    }
    if "facts" in s:
        out["facts"] = s["facts"]
    if "history" in s:
        out["history"] = s["history"]
    posts = list(s["posts"])
    opts, rec_id = ordered(s["options"], s["id"])
    decisions = [{
        "id": "answer",
        "at": 2,
        "about": s["about"],
        "deadline": deadline,
        "prompt": s["prompt"],
        "options": opts,
    }]
    if "second" in s:
        sec = s["second"]
        gate = {"chose": rec_id}
        at = sec.get("at", 120)
        post = dict(sec["post"])
        post["at"] = at
        post["when"] = gate
        posts.append(post)
        # second-decision option ids get the prefix o2- (ids are unique in a scenario)
        opts2, _ = ordered([dict(o, id="o2-" + o["id"][2:]) for o in sec["options"]],
                           s["id"] + "/second")
        decisions.append({
            "id": "second",
            "at": at + 2,
            "when": gate,
            "about": post["id"],
            "deadline": deadline,
            "prompt": sec["prompt"],
            "options": opts2,
        })
    out["posts"] = posts
    out["decisions"] = decisions
    out["endings"] = [{
        "id": "done",
        "title": "Your answer is out",
        "text": "The situation is over. The debrief shows what the guides say about the answers you chose, and why.",
    }]
    return out


def main():
    sys.path.insert(0, HERE)
    from situations import SITUATIONS
    for old in os.listdir(HERE):
        if old.startswith("u-") and old.endswith(".json"):
            os.remove(os.path.join(HERE, old))
    files = []
    for s in SITUATIONS:
        name = s["id"] + ".json"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(build(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        files.append(name)
    manifest = {
        "format": 1,
        "id": "fresh4",
        "title": "Svara: fresh situations, fourth set (model audit)",
        "description": "Situations written from the five guides alone, some with two decisions, to see whether the scoring model follows them on stories it has never seen.",
        "version": "0.1.0",
        "languages": ["en"],
        "authors": ["Svara team (audit 10)"],
        "licence": "CC-BY-4.0",
        "scenarios": files,
    }
    with open(os.path.join(HERE, "pack.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
