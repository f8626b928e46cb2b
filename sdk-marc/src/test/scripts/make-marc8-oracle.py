#!/usr/bin/env python3
"""Writes sdk-marc/src/test/resources/marc/oracle/marc8-yaz.tsv: random MARC-8 strings and their UTF-8
reading by yaz-iconv (YAZ 5.34), the oracle Marc8DecoderOracleTest checks the SDK's decoder against.
Run from the repository root; needs yaz (Debian: apt-get install yaz)."""
import random, subprocess

rnd = random.Random(12)
ANSEL_SPACING = [0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
                 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD,
                 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8]
COMBINING = list(range(0xE0, 0xFB)) + [0xFE]
LETTERS = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

def latin_word():
    out = bytearray()
    for _ in range(rnd.randint(1, 8)):
        r = rnd.random()
        if r < 0.05:
            # A double diacritic over two letters: its first half before the first letter, its second
            # half (0xEC, 0xFB) before the second, as cataloguers write them.
            first, second = rnd.choice([(0xEB, 0xEC), (0xFA, 0xFB)])
            out += bytes([first, rnd.choice(LETTERS), second, rnd.choice(LETTERS)])
        elif r < 0.2:
            for _ in range(rnd.choice([1, 1, 1, 2])):
                out.append(rnd.choice([c for c in COMBINING if c not in (0xEC, 0xFB)]))
            out.append(rnd.choice(LETTERS))
        elif r < 0.3:
            out.append(rnd.choice(ANSEL_SPACING))
        else:
            out.append(rnd.choice(LETTERS))
    return bytes(out)

def other_set():
    kind = rnd.choice(['N', 'Q', 'S', '2', '3', 'b', 'p', 'g'])
    if kind in 'bpg':
        body = bytes(rnd.choice(b'0123456789+-()') if kind != 'g' else rnd.choice(b'abc') for _ in range(rnd.randint(1, 4)))
        return b'\x1b' + kind.encode() + body + b'\x1bs'
    body = bytes(rnd.randint(0x41, 0x5A) if kind != '2' else rnd.randint(0x60, 0x7A) for _ in range(rnd.randint(1, 6)))
    return b'\x1b(' + kind.encode() + body + b'\x1b(B'

cases = []
for i in range(1500):
    parts = []
    for _ in range(rnd.randint(1, 5)):
        parts.append(other_set() if rnd.random() < 0.25 else latin_word())
    cases.append(b' '.join(parts))
with open('sdk-marc/src/test/resources/marc/oracle/marc8-yaz.tsv', 'w', encoding='ascii') as f:
    f.write('# MARC-8 input (hex) TAB yaz-iconv -f marc8 -t utf8 output (hex); made by make-marc8-oracle.py\n')
    for c in cases:
        p = subprocess.run(['yaz-iconv', '-f', 'marc8', '-t', 'utf8'], input=c, capture_output=True)
        if p.returncode != 0 or p.stderr:
            continue  # yaz refused or warned: not an oracle case
        f.write(c.hex() + '\t' + p.stdout.hex() + '\n')
