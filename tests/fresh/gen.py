#!/usr/bin/env python3
"""Writes the fresh pack's situation files from the compact table below.
Run from this folder: python3 gen.py (English only; texts are plain strings)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def crowd(size=400, complainer_share=25, trolls=0):
    segs = []
    if complainer_share:
        segs.append({"id": "followers", "kind": "complainer", "share": complainer_share, "stance": -35, "mobility": 30})
    segs.append({"id": "passers-by", "kind": "onlooker", "share": 50, "stance": 0, "mobility": 70})
    segs.append({"id": "regulars", "kind": "fan", "count": 30, "stance": 50, "mobility": 20})
    if trolls:
        segs.append({"id": "trolls", "kind": "troll", "count": trolls, "stance": -90, "mobility": 0})
    return {"size": size, "segments": segs}

CHAN = {
    "pling": {"id": "pling", "type": "public-feed", "name": "Pling"},
    "reviews": {"id": "reviews", "type": "review-site", "name": "Omdömet"},
    "forum": {"id": "forum", "type": "forum", "name": "Trådbyn"},
    "dm": {"id": "dm", "type": "private", "name": "Messages"},
}

def scenario(s):
    slow = s.get("slow", False)
    chans = [CHAN[c] for c in s["channels"]]
    out = {
        "format": 1,
        "id": s["id"],
        "title": s["title"],
        "summary": s["summary"],
        "briefing": s["briefing"],
        "brand": {"name": s["brand"], "handle": s["handle"], "colour": s.get("colour", "#2a6f4e")},
        "duration": 900 if slow else 240,
        "meters": {"reputation": 60, "sentiment": 45, "mood": 25, "reach": 0},
        "channels": chans,
        "personas": s["personas"],
    }
    if s.get("audience", True) is not False:
        out["audience"] = s.get("audience") or crowd()
    if "facts" in s:
        out["facts"] = s["facts"]
    out["posts"] = s["posts"]
    if "history" in s:
        out["history"] = s["history"]
    # The recommended option's place rotates with the situation's index, so a
    # tie in the model is never broken in the guides' favour by position.
    rec = [o for o in s["options"] if o["expert"] == "recommended"]
    rest = [o for o in s["options"] if o["expert"] != "recommended"]
    slot = s["_index"] % len(s["options"])
    opts = rest[:slot] + rec + rest[slot:]
    out["decisions"] = [{
        "id": "answer",
        "at": 2,
        "about": s["about"],
        "deadline": 600 if slow else 90,
        "prompt": s["prompt"],
        "options": opts,
    }]
    out["endings"] = [{"id": "done", "title": "Your answer is out",
                       "text": "The situation is over. The debrief shows what the guides say about the answer you chose, and why."}]
    return out

def P(id, name, handle, role, followers, bio, **kw):
    d = {"id": id, "name": name, "handle": handle, "role": role, "followers": followers, "bio": bio}
    d.update(kw)
    return d

def O(id, text, expert, annotation, **kw):
    d = {"id": id, "text": text}
    d.update(kw)
    d["annotation"] = annotation
    d["expert"] = expert
    return d

def main():
    from situations import SITUATIONS
    files = []
    for i, s in enumerate(SITUATIONS):
        s["_index"] = i
        path = os.path.join(HERE, s["id"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(scenario(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        files.append(s["id"] + ".json")
    manifest = {
        "format": 1,
        "id": "fresh",
        "title": "Svara: fresh situations (model audit)",
        "description": "One-decision situations written from the five guides alone, to check that the scoring model follows them on stories it has never seen.",
        "version": "0.1.0",
        "languages": ["en"],
        "authors": ["Svara team (audit 6)"],
        "licence": "CC-BY-4.0",
        "scenarios": files,
    }
    with open(os.path.join(HERE, "pack.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")

if __name__ == "__main__":
    main()
