#!/usr/bin/env python3
"""Builds tcvn3-capitals.tsv: the ways real TCVN3 (ABC) data writes toned capitals, which TCVN3 proper lacks.

For values of kind `upper` that hold a toned capital, five byte forms (iconv's TCVN5712-1 table is the oracle
for every byte written and for the `literal` column):
  a  lower-case toned letter inside the capitalised word ("LÞCH" for LỊCH: capitals without tone + ị)
  b  base capital + TCVN3 combining tone byte (0xB0 grave, 0xB1 hook, 0xB2 tilde, 0xB3 acute, 0xB4 dot below)
  c  the whole value in lower-case bytes, shown as capitals by an ABC "H" font (.VnTimeH): bytes say lower case
  d  the VN1 byte of the toned capital (iconv/recode TCVN5712-1)
  e  base capital + the lower-case toned letter ("LIÞCH"), as npm vietnamese-conversion writes it
Columns: id, case, value_id, raw_hex, cp1252, literal, expected, ambiguous, intended
  literal  = the bytes decoded one by one (iconv -f TCVN5712-1, NFC)
  expected = what a reader should produce (rules in SOURCES.md); ambiguous = yes where the bytes alone
             cannot tell the intended text from another real text (expected then is the literal reading).
Usage: tcvn3_capitals.py values.tsv > tcvn3-capitals.tsv
"""
import hashlib, subprocess, sys, unicodedata

TONED = "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
TONE_BYTE = {"\u0300": 0xB0, "\u0309": 0xB1, "\u0303": 0xB2, "\u0301": 0xB3, "\u0323": 0xB4}


def iconv_to(s):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=s.encode(), capture_output=True,
                          check=True).stdout


def iconv_from(b):
    return unicodedata.normalize("NFC", subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b,
                                                       capture_output=True, check=True).stdout.decode())


def cp1252(bs):
    out = []
    for x in bs:
        try:
            out.append(bytes([x]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(x))
    return "".join(out)


def split_tone(ch):
    """Toned capital -> (base capital incl. Ă Â Ê Ô Ơ Ư, combining tone)."""
    d = unicodedata.normalize("NFD", ch)
    tone = [c for c in d if c in TONE_BYTE][0]
    return unicodedata.normalize("NFC", d.replace(tone, "")), tone


def form_bytes(case, v):
    if case == "a":
        return iconv_to("".join(c.lower() if c in TONED else c for c in v))
    if case == "b":
        out = b""
        for c in v:
            if c in TONED:
                base, tone = split_tone(c)
                out += iconv_to(base) + bytes([TONE_BYTE[tone]])
            else:
                out += iconv_to(c)
        return out
    if case == "c":
        return iconv_to(v.lower())
    if case == "d":
        return iconv_to(v)
    if case == "e":
        out = b""
        for c in v:
            out += iconv_to(split_tone(c)[0] + c.lower()) if c in TONED else iconv_to(c)
        return out


def expected(case, v, literal):
    """(expected, ambiguous)."""
    if case in ("b", "d"):
        return v, "no"          # the bytes themselves say the toned capital
    if case == "c":
        return literal, "no"    # the bytes say lower case; the capitals were only in the font
    if case == "a":
        # a toned lower-case letter is read as a capital only inside a value whose other letters are all
        # capitals, and only in a word with at least two other capitals ("SỬ" alone is "Sử", a real spelling)
        words = v.split(" ")
        lits = literal.split(" ")
        ok = all(any(c.isupper() for c in w) for w in lits) and all(
            sum(c.isupper() for c in lw) >= 2 or not any(c in TONED for c in w) for w, lw in zip(words, lits))
        return (v, "no") if ok else (literal, "yes")
    # e: "base capital + same base toned lower" also arises from case a of a word with a doubled vowel
    # ("SOÓC" written "SOóC"), so it is not folded
    return literal, "yes"


rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
ups = [r for r in rows if r[1] == "upper" and set(r[4]) & set(TONED)]
ups = sorted(ups, key=lambda r: hashlib.sha1(r[4].encode()).hexdigest())[:60]
print("id\tcase\tvalue_id\traw_hex\tcp1252\tliteral\texpected\tambiguous\tintended")
n = 0
for r in sorted(ups):
    for case in "abcde":
        b = form_bytes(case, r[4])
        lit = iconv_from(b)
        exp, amb = expected(case, r[4], lit)
        n += 1
        c = cp1252(b)
        assert "\t" not in c and "\n" not in c and "\r" not in c
        print("\t".join(["c%04d" % n, case, r[0], b.hex().upper(), c, lit, exp, amb, r[4]]))
