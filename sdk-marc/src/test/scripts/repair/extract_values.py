#!/usr/bin/env python3
"""Builds values.tsv (id, kind, source, cp1252_letters, unicode) for the legacy-repair test set.

Dev machine only; CI uses the recorded file. Inputs (see ../../resources/repair/SOURCES.md):
  NAMEDB  = git dir of github.com/duyet/vietnamese-namedb (MIT), read with `git show <commit>:uit_member.json`
  LO     = a folder into which the Debian packages libreoffice-l10n-{vi,fr,de,es} were unpacked
           (`apt-get download` + `dpkg-deb -x`; MPL-2.0); their .mo catalogues under
           usr/lib/libreoffice/program/resource/<lang>/LC_MESSAGES/ give the phrases and the foreign values.
Selection is deterministic (sorted by a SHA-1 of the value), so re-running on the same inputs gives the same file.
Usage: extract_values.py NAMEDB_GIT_DIR NAMEDB_COMMIT LO_ROOT LO_VERSION > values.tsv
"""
import gettext, glob, hashlib, json, os, re, subprocess, sys, unicodedata

NAMEDB, COMMIT, LO, LOVER = sys.argv[1:5]
MO = LO + "/usr/lib/libreoffice/program/resource/%s/LC_MESSAGES/*.mo"

VI_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
VI_LETTERS = set(VI_LOWER + VI_LOWER.upper())
CP1252_LETTERS = set("abcdefghijklmnopqrstuvwxyz" "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                     + "àáâãèéêìíòóôõùúý" + "àáâãèéêìíòóôõùúý".upper())
# letters that mark a text as Vietnamese-only (not in French/German/Spanish)
VI_ONLY = set("ăđơưảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ"
              + "ăđơưảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ".upper())


def key(s):
    if isinstance(s, tuple):
        s = s[2]
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def pick(values, n):
    return sorted(values, key=key)[:n]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def is_vi_words(s, max_words):
    words = s.split(" ")
    return 1 <= len(words) <= max_words and all(w and set(w) <= VI_LETTERS for w in words)


def catalogue(path):
    with open(path, "rb") as f:
        try:
            cat = gettext.GNUTranslations(f)._catalog
        except Exception:
            return {}
    return {k: v for k, v in cat.items() if isinstance(k, str) and k}


rows = []  # (kind, source, unicode)
seen = set()


def add(kind, source, value):
    value = nfc(value)
    if value in seen:
        return False
    seen.add(value)
    rows.append((kind, source, value))
    return True


# ---- names: full names and family+given pairs from uit_member.json
data = json.loads(subprocess.run(["git", "--git-dir", NAMEDB, "show", COMMIT + ":uit_member.json"],
                                 capture_output=True, check=True).stdout)
from collections import Counter
families = Counter(nfc(d["last_name_group"]).strip() for d in data)
common = {f for f, c in families.items() if c >= 3 and is_vi_words(f, 1)}
full, short = set(), set()
for d in data:
    name = " ".join(nfc(d["full_name"]).split())
    words = name.split(" ")
    if not is_vi_words(name, 5) or words[0] not in common or len(words) < 2:
        continue
    if any(w[0].islower() or w[1:] != w[1:].lower() for w in words):
        continue
    full.add(name)
    short.add(words[0] + " " + words[-1])
src_names = "duyet/vietnamese-namedb@" + COMMIT[:12] + ":uit_member.json"
for v in pick(full - short, 1300):
    add("name", src_names + "#full_name", v)
short_all = sorted(short, key=key)
hard = [v for v in short_all if set(v.replace(" ", "")) <= CP1252_LETTERS and set(v) & set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")]
for v in hard[:250]:
    add("name", src_names + "#family+given", v)
for v in [v for v in short_all if v not in seen][:450]:
    add("name", src_names + "#family+given", v)

# ---- phrases: short Vietnamese msgstr of LibreOffice's Vietnamese UI catalogues
phr = {}
for mo in sorted(glob.glob(MO % "vi")):
    for k, v in catalogue(mo).items():
        v = nfc(v).strip().rstrip(":.…").replace("~", "").replace("_", "").replace("&", "").strip()
        v = " ".join(v.split())
        if is_vi_words(v, 6) and any(ord(ch) > 127 for ch in v):
            phr.setdefault(v, "debian:libreoffice-l10n-vi_%s:vi/%s" % (LOVER, os.path.basename(mo)))
for v in pick(list(phr), 1900):
    add("phrase", phr[v], v)

# ---- upper: capitals of phrases (titles) and names (as in headings / 100 $a in some catalogues)
phrases = [r for r in rows if r[0] == "phrase" and " " in r[2]]
names = [r for r in rows if r[0] == "name"]
ups = 0
for r in pick(phrases, 10**9):
    if ups >= 250:
        break
    if any(c in VI_ONLY for c in r[2]):
        ups += add("upper", "upper-cased:" + r[1], r[2].upper())
for r in pick(names, 100):
    add("upper", "upper-cased:" + r[1], r[2].upper())

# ---- foreign: fr/de/es msgstr with Latin diacritics and no Vietnamese-only letter
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœŸ' -]+$")
for lang, quota in (("fr", 130), ("de", 130), ("es", 130)):
    cand = {}
    for mo in sorted(glob.glob(MO % lang)):
        pkg = "libreoffice-l10n-%s_%s" % (lang, LOVER)
        for k, v in catalogue(mo).items():
            v = " ".join(nfc(v).strip().rstrip(":.…").replace("~", "").replace("_", "").replace("&", "").split())
            if LATIN.match(v) and 1 <= len(v.split(" ")) <= 6 and any(ord(c) > 127 for c in v) \
                    and not (set(v) & VI_ONLY):
                cand.setdefault(v, "debian:%s:%s/%s" % (pkg, lang, os.path.basename(mo)))
    for v in pick(list(cand), quota):
        add("foreign", cand[v], v)

print("id\tkind\tsource\tcp1252_letters\tunicode")
for i, (kind, source, v) in enumerate(rows, 1):
    assert "\t" not in v and "\n" not in v and v == nfc(v)
    only = "yes" if set(v) <= CP1252_LETTERS | set(" '-") else "no"
    print("%s%05d\t%s\t%s\t%s\t%s" % (kind[0], i, kind, source, only, v))
