#!/usr/bin/env bash
# Records MARC::Lint's (marclint) verdict on the ISO 2709 files of the differential corpus that
# yaz-marcdump reads without a single warning, as fixtures for the MARC 21 validation work (issue 13).
# marclint reads ISO 2709 only and does not convert MARC-8, so MARCXML, JSON and damaged files are left out.
#
# Writes corpus/marclint/<path>.txt (marclint --quiet output, UTF-8) and corpus/marclint/README.md.
# Usage: sdk-marc/src/test/scripts/record-marclint-oracle.sh [corpus-dir]
# Needs marclint (Debian package libmarc-lint-perl) and the yaz fixtures (record-yaz-oracle.sh first).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$(cd "${1:-$here/../resources/marc/corpus}" && pwd)"
command -v marclint >/dev/null || { echo "marclint is not installed (apt-get install libmarc-lint-perl)" >&2; exit 2; }
out="$corpus/marclint"
rm -rf "$out"; mkdir -p "$out"
lint="$(perl -MMARC::Lint -e 'print $MARC::Lint::VERSION')"
rec="$(perl -MMARC::Record -e 'print $MARC::Record::VERSION')"
n=0
cd "$corpus"
# clean = an ISO 2709 file outside damaged/ whose yaz reading has no comment at all
awk -F'\t' 'NR > 2 && $2 == "marc" && $5 == 0 && $6 == 0 && $4 > 0 && $1 !~ /^damaged\//' yaz/MANIFEST.tsv | cut -f1 | while read -r rel; do
  mkdir -p "$out/$(dirname "$rel")"
  # PERL_UNICODE=S: marclint prints decoded UTF-8 text; without it Perl warns "Wide character" on stderr
  PERL_UNICODE=S marclint --quiet "$rel" > "$out/$rel.txt" 2>&1 || true
done
n=$(find "$out" -name '*.txt' | wc -l)
cat > "$out/README.md" <<MD
# MARC::Lint's verdict on the clean ISO 2709 files of the corpus

Recorded with MARC::Lint $lint and MARC::Record $rec (Debian 12 packages libmarc-lint-perl,
libmarc-record-perl) by \`sdk-marc/src/test/scripts/record-marclint-oracle.sh\`: $n files, those
ISO 2709 files outside \`damaged/\` that yaz-marcdump reads without a warning (see ../yaz/MANIFEST.tsv).
Each \`<path>.txt\` is \`marclint --quiet <path>\`: per record with a problem, its title (245) and one
line per problem (\`tag: text\`). Not yet used by a test; kept for the MARC 21 validation comparison
(issue 13). MARC-8 records are linted as bytes (marclint does not convert them).
MD
echo "recorded marclint for $n files into $out" >&2
