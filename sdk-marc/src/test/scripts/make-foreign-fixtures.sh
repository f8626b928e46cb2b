#!/bin/sh
# Rebuilds sdk-marc/src/test/resources/marc/foreign/ from foreign-utf8.xml with independent encoders:
# yaz-marcdump (YAZ 5.34) for MARC-8 and the two mislabels, iconv (glibc) for TCVN3.
# Run from the repository root. Needs yaz and python3.
set -eu
cd sdk-marc/src/test/resources/marc/foreign
# MARC-8 has ơ and ư as letters but no combining horn: decompose everything else (YAZ drops a lone horn).
python3 - <<'PY'
import unicodedata
d = unicodedata.normalize('NFD', open('foreign-utf8.xml', encoding='utf-8').read())
for a, b in (('o\u031b', 'ơ'), ('u\u031b', 'ư'), ('O\u031b', 'Ơ'), ('U\u031b', 'Ư')):
    d = d.replace(a, b)
open('/tmp/foreign-nfd.xml', 'w', encoding='utf-8').write(d)
PY
yaz-marcdump -i marcxml -o marc -f utf-8 -t marc8 -l 9=32 /tmp/foreign-nfd.xml > foreign-marc8.mrc
yaz-marcdump -i marcxml -o marc -f utf-8 -t marc8 -l 9=97 /tmp/foreign-nfd.xml > foreign-marc8-labelled-utf8.mrc
yaz-marcdump -i marcxml -o marc -l 9=32 foreign-utf8.xml > foreign-utf8-labelled-marc8.mrc
yaz-marcdump -i marcxml -o marc foreign-utf8.xml > foreign-utf8.mrc
# TCVN3 the way old Vietnamese systems wrote it: the text's bytes in TCVN3, Leader/09 blank as if MARC-8.
python3 - <<'PY'
import subprocess
def tcvn3(s):
    return subprocess.run(['iconv', '-f', 'UTF-8', '-t', 'TCVN5712-1'], input=s.encode(), capture_output=True, check=True).stdout
def iso(fields, leader09=b' '):
    data, directory = b'', b''
    for tag, value in fields:
        value += b'\x1e'
        directory += tag + b'%04d%05d' % (len(value), len(data))
        data += value
    base = 24 + len(directory) + 1
    total = base + len(data) + 1
    leader = b'%05dnam ' % total + leader09 + b'22%05d a 4500' % base
    return leader + directory + b'\x1e' + data + b'\x1d'
def sub(code, text):
    return b'\x1f' + code + text
recs = [
    (b'tc01', b'vie', 'Nguyễn Văn Hưởng', 'Lịch sử Việt Nam thời kỳ đổi mới'),
    (b'tc02', b'vie', 'Hoàng Thị Châu', 'Tiếng Việt trong trường học'),
    (b'tc03', None, 'Trần Quốc Vượng', 'Văn hoá Việt Nam tìm tòi và suy ngẫm'),
    (b'tc04', None, 'Phạm Duy', 'Đường về dân ca'),
]
out = b''
for cn, lang, author, title in recs:
    fields = [(b'001', cn)]
    if lang:
        fields.append((b'008', b'201201s2001    vm            000 0 ' + lang + b' d'))
    fields.append((b'100', b'1 ' + sub(b'a', tcvn3(author))))
    fields.append((b'245', b'10' + sub(b'a', tcvn3(title))))
    out += iso(fields)
open('vietnamese-tcvn3.mrc', 'wb').write(out)
PY
rm -f /tmp/foreign-nfd.xml
