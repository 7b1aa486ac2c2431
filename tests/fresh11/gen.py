#!/usr/bin/env python3
"""Writes the fresh11 pack (pack.json and k-*.json) from situations.py.

Run from anywhere: python3 tests/fresh11/gen.py. The generator is shared with the
other audits' packs (tests/support/fresh_pack.py); what is this pack's own is
below: a situation may also have a `third` decision (a post and a decision that
open only after the second decision's recommended option, ids `o3-`), and
`events` (a colleague's answer or a check that comes back, as FORMAT.md's
events, usually gated on the recommended option that set it going). This pack is
about arcs: what the brand said first decides what is right next.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import fresh_pack  # noqa: E402
from fresh_pack import O, P, channels, crowd, ordered  # noqa: E402,F401 (situations.py uses them)

STYLE = {
    "prefix": "k-",
    "channels": channels({"feed": "The wall", "reviews": "Reviews", "forum": "Forum"}),
    "colour": "#5b3f6b",
    "duration": 400,
    "slow": 1800,
    "ending": "The thread has gone quiet. The debrief shows what the guides say about each answer you gave, and why.",
}

MANIFEST = {
    "id": "fresh11",
    "title": "Svara: fresh situations, eleventh set (model audit)",
    "description": "Situations written from the five guides alone, most with two or three decisions, where what the brand said first decides what is right next.",
    "authors": ["Svara team (audit11)"],
}

# situations.py imports this file again as `gen`: wrap the shared build once
_base_build = getattr(fresh_pack, "_shared_build", fresh_pack.build)
fresh_pack._shared_build = _base_build


def build(s, style):
    out = _base_build(s, style)
    if "third" in s:
        assert "second" in s, s["id"]
        _, rec2 = ordered([dict(o, id="o2-" + o["id"][2:]) for o in s["second"]["options"]],
                          s["id"] + "/second")
        th = s["third"]
        gate = {"chose": rec2}
        at = th.get("at", 240)
        post = dict(th["post"])
        post["at"] = at
        post["when"] = gate
        out["posts"].append(post)
        opts3, _ = ordered([dict(o, id="o3-" + o["id"][2:]) for o in th["options"]],
                           s["id"] + "/third")
        out["decisions"].append({
            "id": "third",
            "at": at + 2,
            "when": gate,
            "about": post["id"],
            "deadline": out["decisions"][0]["deadline"],
            "prompt": th["prompt"],
            "options": opts3,
        })
    if "events" in s:
        # events go before endings in the file, as FORMAT.md lists them
        endings = out.pop("endings")
        out["events"] = s["events"]
        out["endings"] = endings
    return out


fresh_pack.build = build

if __name__ == "__main__":
    fresh_pack.write_pack(HERE, STYLE, MANIFEST)
