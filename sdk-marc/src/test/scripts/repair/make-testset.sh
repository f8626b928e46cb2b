#!/usr/bin/env bash
# Regenerates src/test/resources/repair/*.tsv (dev machine only; CI uses the recorded files).
# Needs: git, python3, iconv (glibc), recode 3.6, node + npm, apt-get (Debian 12), and a git dir of
# github.com/duyet/vietnamese-namedb (NAMEDB=...). Nothing is installed into the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../resources/repair"
NAMEDB="${NAMEDB:?git dir of duyet/vietnamese-namedb}"
NAMEDB_COMMIT="${NAMEDB_COMMIT:-2129070dde2471a2a2c0ef24a32c6c02ebd71805}"
work="${WORK:-/tmp/repair-testset}"
mkdir -p "$work/lo" "$work/npm"
(cd "$work/lo" && apt-get download libreoffice-l10n-vi libreoffice-l10n-fr libreoffice-l10n-de libreoffice-l10n-es \
  && for d in *.deb; do dpkg-deb -x "$d" root; done)
lover="$(dpkg-deb -f "$(ls "$work"/lo/libreoffice-l10n-vi_*.deb)" Version)"
(cd "$work/npm" && [ -f package.json ] || npm init -y >/dev/null; cd "$work/npm" && npm install vietnamese-conversion@2.0.0 >/dev/null)
python3 "$here/extract_values.py" "$NAMEDB" "$NAMEDB_COMMIT" "$work/lo/root" "$lover" > "$out/values.tsv"
NODE_PATH="$work/npm/node_modules" python3 "$here/encode_values.py" "$out/values.tsv" > "$out/encoded.tsv"
python3 "$here/tcvn3_capitals.py" "$out/values.tsv" > "$out/tcvn3-capitals.tsv"
wc -l "$out"/*.tsv
