#!/usr/bin/env python3
"""Like rank_check.py for any pack, from the ranking output alone
(`svara-tool agreement --ranking PACK | python3 rank_any.py`): per options
decision on either path, flags a warned option at or above an acceptable one
('-' in the output: acceptable or no verdict) and anything tying or beating a
recommended one."""
import re, sys

bad = total = 0
scen = head = None
rows = []

def flush():
    global bad, total
    if not rows:
        return
    total += 1
    rec = [v for e, o, v in rows if e == "recommended"]
    acc = [v for e, o, v in rows if e == "-"]
    for e, o, v in rows:
        if e != "recommended" and rec and v >= min(rec):
            print(f"{scen} {head}: {e} {o} {v:+.2f} ties or beats recommended {min(rec):+.2f}")
            bad += 1
        elif e == "warned" and acc and v >= min(acc):
            print(f"{scen} {head}: warned {o} {v:+.2f} at or above acceptable {min(acc):+.2f}")
            bad += 1
    rows.clear()

for line in sys.stdin:
    m = re.match(r"(\S+/\S+):$", line.strip())
    if m and not line.startswith(" "):
        flush(); scen = m.group(1); continue
    m = re.match(r"\s+(recommended path|no answers)\s+(\S+)\s+(options|composer)", line)
    if m:
        flush(); head = f"{m.group(1)}/{m.group(2)}"; continue
    m = re.match(r"\s+(\S+)\s+(recommended|warned|acceptable|-)\s+([+-][\d.]+)\s*$", line)
    if m:
        rows.append((m.group(2), m.group(1), float(m.group(3))))
flush()
print(f"{bad} rankings against the verdicts in {total} judged decisions")
