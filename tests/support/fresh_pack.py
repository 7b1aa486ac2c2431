"""Writes an audit's pack of fresh situations (tests/fresh2 to fresh12):
one scenario file per situation and pack.json, from the audit's situations.py.

Each audit's gen.py calls write_pack with what sets its pack apart (channel
names, colour, durations, the ending's words, the manifest). Texts are plain
strings in the pack's one language: English unless the style names another
(`languages`, e.g. ["nb"] for a Norwegian-only pack, with `dm` the private
channel's name and `ending_title` the ending's title in that language). The recommended option is always written LAST, so
that a tie in the model (which keeps the earlier option) counts against the
model, never for it.

A situation may have a second decision (`second`: a follow-up post and a
decision that open only on the path where the first decision's recommended
option was chosen, so the second decision is always judged after the guides'
first answer) and, after it, a third (`third`, on the second's recommended
path; option ids o3-), `events` (FORMAT.md's events, as written), and a
channel may be unwatched (`unwatched`, MONITOR) or take a set number of the
brand's answers per thread (`replies`: {channel: n}, FORMAT.md's channel key).

A decision may also have a composer (`composer`, on the situation for the first
decision, or inside `second` / `third`): {"parts": [...], "min", "max", "send"},
each part made with Pt (id, kind, verdict, text, annotation, and the part keys
of FORMAT.md). Parts are written with the recommended ones LAST, for the same
reason as options; in `second` and `third` their ids get the prefix p2- / p3-.
"""
import json
import os
import sys


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


def Pt(pid, kind, expert, text, annotation, **kw):
    d = {"id": pid, "kind": kind, "text": text}
    d.update(kw)
    d["annotation"] = annotation
    d["expert"] = expert
    return d


def composer(c, n=1):
    """A decision's composer, its parts renamed for decision n (p2-, p3-) and
    the recommended ones last (a tie in the model keeps the earlier part)."""
    parts = [dict(p, id=p["id"] if n == 1 else "p%d-" % n + p["id"][2:]) for p in c["parts"]]
    out = {"parts": [p for p in parts if p["expert"] != "recommended"] +
                    [p for p in parts if p["expert"] == "recommended"]}
    for k in ("min", "max", "send"):
        if k in c:
            out[k] = c[k]
    return out


def ordered(options, sid):
    rec = [o for o in options if o["expert"] == "recommended"]
    rest = [o for o in options if o["expert"] != "recommended"]
    assert len(rec) == 1, sid
    return rest + rec, rec[0]["id"]


def channels(names):
    """The four channels a situation may use, named as the audit named them
    (`dm`, the private channel, is "Messages" unless named)."""
    return {
        "feed": {"id": "feed", "type": "public-feed", "name": names["feed"]},
        "reviews": {"id": "reviews", "type": "review-site", "name": names["reviews"]},
        "forum": {"id": "forum", "type": "forum", "name": names["forum"]},
        "dm": {"id": "dm", "type": "private", "name": names.get("dm", "Messages")},
    }


def build(s, style):
    slow = s.get("slow", False)
    deadline = 600 if slow else 90
    chans = []
    for c in s["channels"]:
        ch = dict(style["channels"][c])
        if c in s.get("unwatched", ()):
            ch["watched"] = False
        if c in s.get("replies", {}):
            ch["replies"] = s["replies"][c]
        chans.append(ch)
    out = {
        "format": 1,
        "id": s["id"],
        "title": s["title"],
        "summary": s["summary"],
        "briefing": s["briefing"],
        "brand": {"name": s["brand"], "handle": s["handle"],
                  "colour": s.get("colour", style["colour"])},
        "duration": s.get("duration", style["slow"] if slow else style["duration"]),
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
    if "composer" in s:
        decisions[0]["composer"] = composer(s["composer"])
    # follow-ups: `second` opens after the first decision's recommended option,
    # `third` after the second's; each a post and a decision whose option ids
    # get the prefix o2- / o3- (ids are unique in a scenario)
    gate_id = rec_id
    for key, n, default_at in (("second", 2, 120), ("third", 3, 240)):
        if key not in s:
            break
        sec = s[key]
        gate = {"chose": gate_id}
        at = sec.get("at", default_at)
        post = dict(sec["post"])
        post["at"] = at
        post["when"] = gate
        posts.append(post)
        optsn, gate_id = ordered([dict(o, id="o%d-" % n + o["id"][2:]) for o in sec["options"]],
                                 s["id"] + "/" + key)
        decisions.append({
            "id": key,
            "at": at + 2,
            "when": gate,
            "about": post["id"],
            "deadline": deadline,
            "prompt": sec["prompt"],
            "options": optsn,
        })
        if "composer" in sec:
            decisions[-1]["composer"] = composer(sec["composer"], n)
    assert "third" not in s or "second" in s, s["id"]
    out["posts"] = posts
    out["decisions"] = decisions
    if "events" in s:  # a colleague's answer or a check that comes back (FORMAT.md's events)
        out["events"] = s["events"]
    out["endings"] = [{
        "id": "done",
        "title": style.get("ending_title", "Your answer is out"),
        "text": style["ending"],
    }]
    if "check_allow" in s:  # a check allowed in this file, with the reason (FORMAT.md)
        out["_check_allow"] = s["check_allow"]
    return out


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_pack(here, style, manifest):
    """Writes here/<id>.json for each situation in here/situations.py (after
    removing the old ones, named style["prefix"]-*.json) and here/pack.json."""
    sys.path.insert(0, here)
    from situations import SITUATIONS
    for old in os.listdir(here):
        if old.startswith(style["prefix"]) and old.endswith(".json"):
            os.remove(os.path.join(here, old))
    files = []
    for s in SITUATIONS:
        name = s["id"] + ".json"
        write_json(os.path.join(here, name), build(s, style))
        files.append(name)
    write_json(os.path.join(here, "pack.json"), {
        "format": 1,
        "id": manifest["id"],
        "title": manifest["title"],
        "description": manifest["description"],
        "version": "0.1.0",
        "languages": style.get("languages", ["en"]),
        "authors": manifest["authors"],
        "licence": "CC-BY-4.0",
        "scenarios": files,
    })
