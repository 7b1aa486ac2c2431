#!/usr/bin/env python3
"""Writes the fresh3 pack (pack.json and t-*.json) from situations.py.

Run from anywhere: python3 tests/fresh3/gen.py. English only, texts are plain
strings. The recommended option is always written LAST, so that a tie in the
model (which keeps the earlier option) counts against the model, never for it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CHANNELS = {
    "feed": {"id": "feed", "type": "public-feed", "name": "Pling"},
    "reviews": {"id": "reviews", "type": "review-site", "name": "Betygsplatsen"},
    "forum": {"id": "forum", "type": "forum", "name": "Pratbyn"},
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


def build(s):
    slow = s.get("slow", False)
    out = {
        "format": 1,
        "id": s["id"],
        "title": s["title"],
        "summary": s["summary"],
        "briefing": s["briefing"],
        "brand": {"name": s["brand"], "handle": s["handle"], "colour": s.get("colour", "#3a5f8a")},
        "duration": 900 if slow else 240,
        "meters": {"reputation": 60, "sentiment": 45, "mood": 25, "reach": 0},
        "channels": [CHANNELS[c] for c in s["channels"]],
        "personas": s["personas"],
        "audience": s.get("audience") or crowd(),
    }
    if "facts" in s:
        out["facts"] = s["facts"]
    if "history" in s:
        out["history"] = s["history"]
    out["posts"] = s["posts"]
    rec = [o for o in s["options"] if o["expert"] == "recommended"]
    rest = [o for o in s["options"] if o["expert"] != "recommended"]
    assert len(rec) == 1, s["id"]
    out["decisions"] = [{
        "id": "answer",
        "at": 2,
        "about": s["about"],
        "deadline": 600 if slow else 90,
        "prompt": s["prompt"],
        "options": rest + rec,
    }]
    out["endings"] = [{
        "id": "done",
        "title": "Your answer is out",
        "text": "The situation is over. The debrief shows what the guides say about the answer you chose, and why.",
    }]
    return out


def main():
    sys.path.insert(0, HERE)
    from situations import SITUATIONS
    files = []
    for s in SITUATIONS:
        name = s["id"] + ".json"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(build(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        files.append(name)
    manifest = {
        "format": 1,
        "id": "fresh3",
        "title": "Svara: fresh situations, third set (model audit)",
        "description": "One-decision situations written from the five guides alone, to see whether the scoring model follows them on stories it has never seen.",
        "version": "0.1.0",
        "languages": ["en"],
        "authors": ["Svara team (audit 9)"],
        "licence": "CC-BY-4.0",
        "scenarios": files,
    }
    with open(os.path.join(HERE, "pack.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
