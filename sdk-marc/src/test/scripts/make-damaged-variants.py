#!/usr/bin/env python3
"""Writes the damaged variants of the differential MARC corpus into corpus/damaged/.

Each variant is a clean corpus file with one kind of damage, made the way real exports go wrong, so that the
intact records around the damage can still be compared with yaz-marcdump and the damaged one shows whether
the reader reports it. Deterministic: the same corpus gives the same bytes (the random flips use a fixed
seed). Run it from anywhere; then run record-yaz-oracle.sh to record yaz's reading of the new files.

Usage: sdk-marc/src/test/scripts/make-damaged-variants.py [corpus-dir]
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'resources', 'marc', 'corpus'))
OUT = os.path.join(CORPUS, 'damaged')

RT, FT, SD, ESC = 0x1D, 0x1E, 0x1F, 0x1B


def read(rel):
    with open(os.path.join(CORPUS, rel), 'rb') as f:
        return f.read()


def records(data):
    """Splits ISO 2709 bytes at record terminators (the sources are intact, so this is exact)."""
    out, start = [], 0
    while start < len(data):
        end = data.index(bytes([RT]), start) + 1
        out.append(bytearray(data[start:end]))
        start = end
    return out


def join(recs):
    return b''.join(bytes(r) for r in recs)


def set_length(rec, value):
    rec[0:5] = ('%05d' % value).encode('ascii')[:5]


def base_address(rec):
    return int(rec[12:17])


def directory(rec):
    """(offset of the entry in rec, tag, length, start) for every directory entry."""
    entries, pos = [], 24
    while rec[pos] != FT:
        e = rec[pos:pos + 12].decode('ascii')
        entries.append((pos, e[0:3], int(e[3:7]), int(e[7:12])))
        pos += 12
    return entries


WRITTEN = []


def write(name, data, what, base):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    WRITTEN.append((name, what, base))


UTF8_BASE = 'traject/test_data.utf8.mrc'
# MARC-8 records (Leader/09 blank) from BSD, MIT and Perl-licensed sources, one after another: Latin
# diacritics, Polish, Cyrillic, Hebrew, CJK (EACC) with escape sequences.
MARC8_PARTS = ['indexdata-yaz/marc1.marc', 'indexdata-yaz/marc2.marc', 'indexdata-yaz/marc7.marc',
               'indexdata-yaz/marc9.marc', 'indexdata-yaz/marc10.marc', 'pymarc/marc8.dat',
               'rust-marc/marc-8.sample.mrc', 'traject/one-marc8.mrc', 'marc-perl/marc-charset/cyrillic.marc',
               'marc-perl/marc-charset/hebrew1.marc', 'marc-perl/marc-charset/hebrew2.marc',
               'marc-perl/marc-charset/cjk1.marc', 'marc-perl/marc-charset/cjk2.marc',
               'marc-perl/marc-charset/cjk3.marc', 'marc-perl/marc-charset/cjk4.marc']


def main():
    u = records(read(UTF8_BASE))
    m8 = []
    for p in MARC8_PARTS:
        m8.extend(records(read(p)))

    write('marc8-collection.mrc', join(m8), 'clean: the MARC-8 records above in one file (the base of the MARC-8 variants)', 'MARC8_PARTS')

    # 1. the file ends in the middle of record 12 (an interrupted transfer)
    cut = len(join(u[:11])) + len(u[11]) // 2
    write('truncated-mid-record.mrc', join(u)[:cut], 'ends half-way through record 12', UTF8_BASE)

    # 2-4. Leader/00-04 wrong in record 5: too long (runs into record 6), too short, not digits
    r = [bytearray(x) for x in u]; set_length(r[4], len(r[4]) + 40)
    write('leader-length-too-long.mrc', join(r), 'record 5: record length 40 more than the real one', UTF8_BASE)
    r = [bytearray(x) for x in u]; set_length(r[4], len(r[4]) - 40)
    write('leader-length-too-short.mrc', join(r), 'record 5: record length 40 less than the real one', UTF8_BASE)
    r = [bytearray(x) for x in u]; r[6][0:5] = b'0x9a1'
    write('leader-length-not-digits.mrc', join(r), 'record 7: record length "0x9a1"', UTF8_BASE)

    # 5. a directory entry whose length is not a number (record 3, 4th entry)
    r = [bytearray(x) for x in u]; pos = directory(r[2])[3][0]; r[2][pos + 3:pos + 7] = b'9z9 '
    write('directory-entry-bad-length.mrc', join(r), 'record 3: 4th directory entry length "9z9 "', UTF8_BASE)

    # 6. a directory entry that points past the end of the record (record 3, 6th entry)
    r = [bytearray(x) for x in u]; pos = directory(r[2])[5][0]; r[2][pos + 7:pos + 12] = b'99999'
    write('directory-entry-out-of-range.mrc', join(r), 'record 3: 6th directory entry starts at 99999', UTF8_BASE)

    # 7. the base address of data is off by 5 (record 8)
    r = [bytearray(x) for x in u]; r[7][12:17] = ('%05d' % (base_address(r[7]) + 5)).encode()
    write('base-address-off.mrc', join(r), 'record 8: base address 5 bytes too far', UTF8_BASE)

    # 8. a record terminator lost (record 10 runs straight into record 11)
    r = [bytearray(x) for x in u]; del r[9][-1]
    write('record-terminator-missing.mrc', join(r), 'record 10: no record terminator', UTF8_BASE)

    # 9. a field terminator in the middle of record 6 turned into a space
    r = [bytearray(x) for x in u]; e = directory(r[5]); b = base_address(r[5])
    mid = e[len(e) // 2]; r[5][b + mid[3] + mid[2] - 1] = 0x20
    write('field-terminator-missing.mrc', join(r), 'record 6: the field terminator of its middle field is a space', UTF8_BASE)

    # 10. NUL filler: 64 NULs before the first record and 16 NULs between records 15 and 16
    r = join(u[:15]) + b'\x00' * 16 + join(u[15:])
    write('nul-filler.mrc', b'\x00' * 64 + r, '64 NULs before record 1, 16 between records 15 and 16', UTF8_BASE)

    # 11. records padded to 2048-byte blocks with spaces (old blocked exports)
    out = bytearray()
    for x in u:
        out += x
        out += b' ' * (-len(out) % 2048)
    write('blocked-space-padding.mrc', bytes(out), 'every record followed by spaces to the next 2048-byte block', UTF8_BASE)

    # 12. CR LF after every record (a file once sent as text)
    write('crlf-between-records.mrc', b''.join(bytes(x) + b'\r\n' for x in u), 'CR LF after every record terminator', UTF8_BASE)

    # 13. one MARC-8 escape sequence broken: the final byte of the first escape of the first CJK record
    r = [bytearray(x) for x in m8]
    k = next(i for i, x in enumerate(r) if x.find(b'\x1b$1') >= 0)
    at = r[k].find(b'\x1b$1'); r[k][at + 2] = ord('Z')
    write('marc8-bad-escape.mrc', join(r), 'record %d: first escape ESC $ 1 (EACC) made ESC $ Z' % (k + 1), 'marc8-collection.mrc')

    # 14. MARC-8 bytes labelled UTF-8 (Leader/09 'a') in every record
    r = [bytearray(x) for x in m8]
    for x in r:
        x[9] = ord('a')
    write('leader09-marc8-labelled-utf8.mrc', join(r), 'MARC-8 records with Leader/09 "a"', 'marc8-collection.mrc')

    # 15. UTF-8 bytes labelled MARC-8 (Leader/09 blank) in every record
    r = [bytearray(x) for x in u]
    for x in r:
        x[9] = ord(' ')
    write('leader09-utf8-labelled-marc8.mrc', join(r), 'UTF-8 records with Leader/09 blank', UTF8_BASE)

    # 16. ten random bytes of the data areas changed (fixed seed, never a terminator byte)
    rnd = random.Random(12)
    r = [bytearray(x) for x in u]
    for _ in range(10):
        x = r[rnd.randrange(len(r))]
        b = base_address(x)
        while True:
            p = rnd.randrange(b, len(x) - 1)
            if x[p] not in (RT, FT, SD):
                break
        x[p] = rnd.choice([0x00, 0x1B, 0xC3, 0xE1, 0xFF, 0x7F, 0x24])
    write('random-bytes-seed12.mrc', join(r), '10 data bytes replaced (seed 12), terminators kept', UTF8_BASE)

    # 17. MARCXML: one </record> missing (record 5 runs into record 6)
    xml_base = 'traject/test_data.utf8.marc.xml'
    x = read(xml_base)
    pos = -1
    for _ in range(5):
        pos = x.index(b'</record>', pos + 1)
    write('marcxml-missing-end-record.xml', x[:pos] + x[pos + len(b'</record>'):], 'record 5 has no </record>', xml_base)

    # 18. MARCXML cut off in the middle of a record
    write('marcxml-truncated.xml', x[:int(len(x) * 0.7)], 'the document ends at 70 % of its bytes', xml_base)

    # 19. newline-delimited MARC-in-JSON with line 3 cut in half
    ndj_base = 'marc-perl/marc-mij/test.ndj'
    lines = read(ndj_base).split(b'\n')
    lines[2] = lines[2][:len(lines[2]) // 2]
    write('json-lines-bad-line.ndj', b'\n'.join(lines), 'line 3 cut in half', ndj_base)

    # 20. MARC-in-JSON object with the key "leader" twice
    one = read('pymarc/one.json')
    i = one.index(b'"leader"')
    write('json-duplicate-leader.json', one[:i] + b'"leader": "00000nam a2200000 a 4500",' + one[i:],
          'the key "leader" twice, the first with another value', 'pymarc/one.json')

    with open(os.path.join(OUT, 'VARIANTS.md'), 'w', encoding='utf-8') as f:
        f.write('# Damaged variants\n\nWritten by `sdk-marc/src/test/scripts/make-damaged-variants.py` (deterministic); '
                'each has the licence of its base file (see ../SOURCES.md).\n\n| file | damage | base |\n|---|---|---|\n')
        for name, what, base in WRITTEN:
            f.write('| `%s` | %s | `%s` |\n' % (name, what, base))
    print('wrote %d variants into %s' % (len(WRITTEN), OUT), file=sys.stderr)


if __name__ == '__main__':
    main()
