#!/usr/bin/env bash
# Records yaz-marcdump's reading of every file of the differential MARC corpus as fixtures, so that
# DifferentialCorpusTest can compare the SDK with it on machines (CI) that have no YAZ.
#
# For each corpus file (sdk-marc/src/test/resources/marc/corpus/**, except yaz/, marclint/ and *.md) it writes
#   yaz/<path>.xml.gz  yaz-marcdump's MARCXML output (gzip -n, deterministic); yaz writes what it found
#                      wrong in a record as XML comments inside that record, and a reason it stopped
#                      reading as a comment between records
#   yaz/<path>.err     yaz-marcdump's stderr, only when it is not empty
# and a line per file in yaz/MANIFEST.tsv (path, input format, options, records, comments, stderr lines).
#
# Options per format:
#   ISO 2709 (.mrc .marc .dat .usmarc): -i marc -o marcxml -f marc8 -t utf8. YAZ decides per record: when
#       Leader/09 is 'a' it reads that record as UTF-8, otherwise as MARC-8 (yaz_marc_check_marc21_coding).
#   MARCXML (.xml): -i marcxml -o marcxml.
#   MARC-in-JSON (.json, .ndj): yaz reads one JSON object per input; an array is split into its elements
#       (python3 json, so duplicate keys are already merged) and newline-delimited JSON into its lines,
#       each element given to yaz on its own, outputs joined into one collection.
#
# Usage: sdk-marc/src/test/scripts/record-yaz-oracle.sh [corpus-dir [output-dir]]
# (output-dir defaults to corpus-dir/yaz, whose files but README.md are replaced; DifferentialCorpusTest gives a temporary one)
# Needs yaz-marcdump (Debian package yaz), python3, gzip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${1:-$here/../resources/marc/corpus}"
corpus="$(cd "$corpus" && pwd)"
out="${2:-$corpus/yaz}"
command -v yaz-marcdump >/dev/null || { echo "yaz-marcdump is not installed (apt-get install yaz)" >&2; exit 2; }
export LC_ALL=C.UTF-8

# README.md is written by hand and stays
if [ -z "${2:-}" ] && [ -d "$out" ]; then find "$out" -type f ! -name README.md -delete; fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"
version="$(yaz-marcdump -V 2>&1 | head -1)"
manifest="$out/MANIFEST.tsv"
printf '# %s\n' "$version" > "$manifest"
printf 'path\tinput\toptions\trecords\tcomments\tstderr_lines\n' >> "$manifest"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Strips the <collection> wrapper from one yaz MARCXML output, so several can be joined.
inner() { sed -e '/^<collection xmlns="http:\/\/www.loc.gov\/MARC21\/slim">$/d' -e '/^<\/collection>$/d' "$1"; }

json_pieces() { # file -> tmp/piece-NNNNN.json, one JSON value each
  python3 - "$1" "$tmp" <<'PY'
import json, sys, os
src, tmp = sys.argv[1], sys.argv[2]
data = open(src, 'rb').read()
pieces = []
if src.endswith('.ndj'):
    pieces = [l for l in data.split(b'\n') if l.strip()]
else:
    try:
        value = json.loads(data)
    except ValueError:
        value = None
    if isinstance(value, list):
        pieces = [json.dumps(v, ensure_ascii=False).encode('utf-8') for v in value]
    else:
        pieces = [data]
for i, p in enumerate(pieces):
    with open(os.path.join(tmp, 'piece-%05d.json' % i), 'wb') as f:
        f.write(p)
PY
}

cd "$corpus"
find . -type f ! -path './yaz/*' ! -path './marclint/*' ! -name '*.md' | sed 's|^\./||' | LC_ALL=C sort | while read -r rel; do
  mkdir -p "$out/$(dirname "$rel")"
  xml="$tmp/out.xml"; err="$tmp/err.txt"
  : > "$xml"; : > "$err"
  case "$rel" in
    *.xml)
      input=marcxml; opts="-i marcxml -o marcxml"
      yaz-marcdump -i marcxml -o marcxml "$rel" > "$xml" 2> "$err" || true ;;
    *.json|*.ndj)
      input=json; opts="-i json -o marcxml (one JSON value at a time)"
      rm -f "$tmp"/piece-*.json
      json_pieces "$rel"
      echo '<collection xmlns="http://www.loc.gov/MARC21/slim">' > "$xml"
      for p in "$tmp"/piece-*.json; do
        yaz-marcdump -i json -o marcxml "$p" > "$tmp/one.xml" 2>> "$err" || true
        inner "$tmp/one.xml" >> "$xml"
      done
      echo '</collection>' >> "$xml"
      sed -i "s|$tmp/||g" "$err" ;;
    *)
      input=marc; opts="-i marc -o marcxml -f marc8 -t utf8"
      yaz-marcdump -i marc -o marcxml -f marc8 -t utf8 "$rel" > "$xml" 2> "$err" || true ;;
  esac
  # the timestamps of yaz's log lines would make every run differ
  sed -i -E 's/^[0-9]{2}:[0-9]{2}:[0-9]{2}-[0-9]{2}\/[0-9]{2} //' "$err"
  gzip -n -9 -c "$xml" > "$out/$rel.xml.gz"
  if [ -s "$err" ]; then cp "$err" "$out/$rel.err"; fi
  records=$(grep -a -c '^<record>' "$xml" || true)
  comments=$(grep -a -c '<!--' "$xml" || true)
  errs=$(wc -l < "$err")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$rel" "$input" "$opts" "$records" "$comments" "$errs" >> "$manifest"
done
echo "recorded $(($(wc -l < "$manifest") - 2)) files with $version into $out" >&2
