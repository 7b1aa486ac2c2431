#!/usr/bin/env python3
"""Writes the broken .zip packs of tests/broken (62 to 75) and nothing else.

Each zip is built with Python's zipfile and then, where a case needs a lie
that no zip tool writes, patched at a known byte. The output is the same on
every run (fixed dates and attributes), so the committed zips can be checked
against this script: run it from anywhere and `git status` shows no change.
The tests read the committed zips and never need Python.
"""
import io
import os
import struct
import warnings
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

MANIFEST = b"""{
  "format": 1,
  "id": "broken",
  "title": "Broken",
  "version": "1.0.0",
  "languages": ["en"],
  "authors": ["Svara tests"],
  "licence": "CC0-1.0",
  "scenarios": ["s.json"]
}
"""

SCENARIO = b"""{
  "format": 1,
  "id": "mini",
  "title": "Mini",
  "summary": "A minimal scenario.",
  "briefing": "You answer for Parcelpal.",
  "brand": {"name": "Parcelpal", "handle": "@parcelpal", "colour": "#1a7f5a"},
  "duration": 600,
  "channels": [{"id": "feed", "type": "public-feed", "name": "Feed"}],
  "personas": [{"id": "maja", "name": "Maja Lind", "handle": "@majalind", "role": "complainer"}],
  "posts": [{"id": "p1", "at": 0, "channel": "feed", "author": "maja", "valence": "negative",
             "text": "Where is my parcel?"}],
  "decisions": [{"id": "d1", "at": 5, "about": "p1", "prompt": "Answer Maja.", "deadline": 60,
                 "options": [{"id": "o-sorry", "text": "Sorry!", "tags": ["empathy"]}]}],
  "endings": [{"id": "plain", "title": "Over", "text": "It is over."}]
}
"""


def entry(name, method=zipfile.ZIP_STORED):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3  # Unix
    info.external_attr = 0o100644 << 16
    info.compress_type = method
    return info


def build(files, method=zipfile.ZIP_STORED):
    """files: [(name, bytes)] -> zip bytes (no data descriptors: sizes in the local headers)."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(out, "w") as z:
            for name, data in files:
                z.writestr(entry(name, method), data)
    return bytearray(out.getvalue())


def pack(method=zipfile.ZIP_STORED):
    return build([("pack.json", MANIFEST), ("s.json", SCENARIO)], method)


def local_offset(data, name):
    return zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(name).header_offset


def central_offset(data, name):
    """Where the central header of `name` starts."""
    end = data.rfind(b"PK\x05\x06")
    count, size, at = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):
        nlen, elen, clen = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46:at + 46 + nlen] == name.encode():
            return at
        at += 46 + nlen + elen + clen
    raise KeyError(name)


def put32(data, at, value):
    struct.pack_into("<I", data, at, value)


def encrypted():
    """The 'encrypted' flag on s.json in both headers (the bytes stay plain)."""
    data = pack()
    for at in (local_offset(data, "s.json") + 6, central_offset(data, "s.json") + 8):
        struct.pack_into("<H", data, at, struct.unpack_from("<H", data, at)[0] | 1)
    return data


def local_size_lies():
    """s.json's local header says 10 bytes more than the directory."""
    data = pack()
    at = local_offset(data, "s.json")
    put32(data, at + 22, len(SCENARIO) + 10)
    return data


def data_short():
    """Both headers say s.json holds 4000 bytes; the directory starts long before."""
    data = pack()
    for at in (local_offset(data, "s.json") + 18, central_offset(data, "s.json") + 20):
        put32(data, at, 4000)
        put32(data, at + 4, 4000)
    return data


def crc_mismatch():
    """One byte of s.json changed after the zip was made: the CRC no longer fits."""
    data = pack()
    at = data.index(b"Where is my parcel?")
    data[at] = ord("H")
    return data


def deflate_short():
    """s.json deflated, but both headers say it unpacks to 200 bytes more than it does."""
    data = pack(zipfile.ZIP_DEFLATED)
    for at in (local_offset(data, "s.json") + 22, central_offset(data, "s.json") + 24):
        put32(data, at, len(SCENARIO) + 200)
    return data


def zip64_too_many():
    """Only the end records of a zip64 file: they count 200,000 entries."""
    end64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 200000, 200000, 0, 0)
    locator = struct.pack("<IIQI", 0x07064B50, 0, 0, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return bytearray(end64 + locator + end)


def no_entries():
    return bytearray(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0, 0, 0, 0, 0))


CASES = {
    "62-empty-zip": lambda: bytearray(),
    "63-not-a-zip": lambda: bytearray(b"This is a README, not a zip.\n"),
    "64-truncated-zip": lambda: pack()[:200],
    "65-zip-no-entries": no_entries,
    "66-zip-encrypted": encrypted,
    "67-zip-lzma": lambda: pack(zipfile.ZIP_LZMA),
    "68-zip-duplicate-names": lambda: build(
        [("pack.json", MANIFEST), ("s.json", SCENARIO), ("pack.json", MANIFEST)]),
    "69-zip-local-size-lies": local_size_lies,
    "70-zip-data-short": data_short,
    "71-zip-dot-slash": lambda: build([("./pack.json", MANIFEST), ("./s.json", SCENARIO)]),
    "72-zip-unsafe-names": lambda: build(
        [("pack.json", MANIFEST), ("../s.json", SCENARIO), ("/s.json", SCENARIO),
         ("scenarios\\s.json", SCENARIO)]),
    "73-zip-crc-mismatch": crc_mismatch,
    "74-zip-deflate-short": deflate_short,
    "75-zip64-too-many": zip64_too_many,
}

if __name__ == "__main__":
    for name, make in CASES.items():
        with open(os.path.join(HERE, name + ".zip"), "wb") as f:
            f.write(make())
