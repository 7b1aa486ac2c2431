#!/usr/bin/env python3
"""Reads `svara-tool agreement --ranking scenarios/fresh` (stdin) and the pack's
verdicts, prints each decision's options best first (r/a/w = recommended,
acceptable, warned) and flags every ranking the guides settle otherwise:
a warned option at or above an acceptable one, or anything tying or beating
the recommended one. Run from the repository's top folder."""
import glob, json, re, sys

exp = {}
for f in glob.glob("scenarios/fresh/f-*.json"):
    d = json.load(open(f, encoding="utf-8"))
    for o in d["decisions"][0]["options"]:
        exp[(d["id"], o["id"])] = o["expert"]
scen = path = None
res = {}
for line in sys.stdin:
    m = re.match(r"fresh/(\S+):", line)
    if m:
        scen = m.group(1)
        continue
    if "recommended path" in line:
        path = "rec"
        continue
    if "no answers" in line:
        path = "none"
        continue
    m = re.match(r"\s+(o-\S+)\s+\S+\s+([+-][\d.]+)", line)
    if m and path == "rec":
        res.setdefault(scen, []).append((m.group(1), float(m.group(2))))
bad = 0
for s, l in res.items():
    l.sort(key=lambda x: -x[1])
    print(s, "  ".join(f"{o}[{exp[(s, o)][0]}]{v:+.0f}" for o, v in l))
    rec = [v for o, v in l if exp[(s, o)] == "recommended"]
    acc = [v for o, v in l if exp[(s, o)] == "acceptable"]
    for o, v in l:
        e = exp[(s, o)]
        if e != "recommended" and rec and v >= min(rec):
            print(f"   !! {e} {o} {v:+.0f} ties or beats the recommended {min(rec):+.0f}")
            bad += 1
        elif e == "warned" and acc and v >= min(acc):
            print(f"   !! warned {o} {v:+.0f} at or above acceptable {min(acc):+.0f}")
            bad += 1
print(f"{bad} rankings against the guides in {len(res)} situations")
