#!/usr/bin/env python3
"""Builds encoded.tsv from values.tsv with independent converters (dev machine only; CI uses the recorded file).

Converters: glibc iconv (-t TCVN5712-1), GNU recode 3.6 (utf8..tcvn, utf8..vni), and the npm package
vietnamese-conversion (TCVN3, VNI) through npm_convert.js. Values of kind `foreign` are not encoded
(they are the never-change negatives). Columns:
  id, encoding (TCVN3|VNI), converter, representable, form, agrees, own_roundtrip, raw_hex, cp1252, latin1
representable: the value is in the encoding's repertoire -- the reference converter (iconv for TCVN3, recode
  for VNI) encoded it and its own reverse gave the value back (an encoding property, the same on every row of an id).
form: TCVN3 `abc` (only bytes of TCVN3 proper: ASCII and 0xA1-0xFF), `vn1` (uses the VN1 extension bytes,
  0x01-0x17 or 0x80-0xA0, for toned capitals), `workaround` (a toned capital written without VN1 bytes, as the
  npm package does: base capital + lower-case toned letter); VNI: `vni`. `-` when the converter failed.
agrees: yes when the bytes equal the reference converter's bytes for the same value and encoding.
own_roundtrip: the converter's own decoder gives the value back (iconv -f, recode ..utf8, npm toUnicode).
cp1252 / latin1: the raw bytes misread as Windows-1252 (undefined 0x81 0x8D 0x8F 0x90 0x9D -> U+0081 etc., as
  Windows' MultiByteToWideChar does) and as ISO-8859-1.
Usage: NODE_PATH=/tmp/npmvn/node_modules encode_values.py values.tsv > encoded.tsv
"""
import json, os, subprocess, sys, unicodedata
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
NPM = "npm-vietnamese-conversion@" + json.load(open(os.path.join(
    os.environ.get("NODE_PATH", "/tmp/npmvn/node_modules"), "vietnamese-conversion", "package.json")))["version"]

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
rows = [r for r in rows if r[1] != "foreign"]


def run(cmd, data):
    p = subprocess.run(cmd, input=data, capture_output=True)
    return p.stdout if p.returncode == 0 and not p.stderr else None


def conv(args):
    value = args
    u = value.encode("utf-8")
    out = {}
    b = run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], u)
    back = run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], b) if b is not None else None
    out["TCVN3", "iconv"] = (b, back is not None and unicodedata.normalize("NFC", back.decode()) == value)
    for enc, name in (("TCVN3", "tcvn"), ("VNI", "vni")):
        b = run(["recode", "utf8.." + name], u)
        back = run(["recode", name + "..utf8"], b) if b is not None else None
        out[enc, "recode"] = (b, back is not None and unicodedata.normalize("NFC", back.decode()) == value)
    return out


def cp1252(bs):
    s = []
    for x in bs:
        try:
            s.append(bytes([x]).decode("cp1252"))
        except UnicodeDecodeError:
            s.append(chr(x))
    return "".join(s)


values = [r[4] for r in rows]
with ThreadPoolExecutor(8) as ex:
    results = list(ex.map(conv, values))
npm = subprocess.run(["node", os.path.join(HERE, "npm_convert.js")], input="\n".join(values) + "\n",
                     capture_output=True, text=True, check=True).stdout.splitlines()
assert len(npm) == len(values)

print("id\tencoding\tconverter\trepresentable\tform\tagrees\town_roundtrip\traw_hex\tcp1252\tlatin1")
TONED_CAPS = set("ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")
# bytes that iconv's TCVN5712-1 (VN1) decodes to a toned capital: the extension TCVN3 proper (ABC) lacks
VN1_CAPS = set()
for x in range(1, 256):
    d = run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], bytes([x]))
    if d is not None and unicodedata.normalize("NFC", d.decode()) in TONED_CAPS:
        VN1_CAPS.add(x)
for r, res, n in zip(rows, results, npm):
    t, tback, v, vback = json.loads(n)
    res["TCVN3", NPM] = (t.encode("latin-1"), unicodedata.normalize("NFC", tback) == r[4])
    res["VNI", NPM] = (v.encode("latin-1"), unicodedata.normalize("NFC", vback) == r[4])
    for enc, ref in (("TCVN3", "iconv"), ("VNI", "recode")):
        ref_bytes, ref_ok = res[enc, ref]
        representable = "yes" if ref_bytes is not None and ref_ok else "no"
        for conv_name in (["iconv", "recode", NPM] if enc == "TCVN3" else ["recode", NPM]):
            b, own = res[enc, conv_name]
            if b is None:
                print("\t".join([r[0], enc, conv_name, representable, "-", "no", "no", "", "", ""]))
                continue
            if enc == "VNI":
                form = "vni"
            elif any(x in VN1_CAPS for x in b):
                form = "vn1"
            elif set(r[4]) & TONED_CAPS:
                form = "workaround"
            else:
                form = "abc"
            agrees = "yes" if ref_bytes is not None and b == ref_bytes else "no"
            c, l = cp1252(b), b.decode("latin-1")
            for s in (c, l):
                assert "\t" not in s and "\n" not in s and "\r" not in s, (r, conv_name)
            print("\t".join([r[0], enc, conv_name, representable, form, agrees, "yes" if own else "no",
                             b.hex().upper(), c, l]))
