package vn.libnet.marc.io;

import java.nio.charset.StandardCharsets;

/**
 * The language codes an ISO 2709 record gives for itself: 008/35-37 and every 041 $a and $d, three
 * letters each, with "und", "mul" and "zxx" left out. Part of the evidence {@link RecordText} weighs
 * before it reads any text as legacy Vietnamese.
 */
record RecordLanguages(java.util.Set<String> codes) {
  static RecordLanguages of(Iso2709Fields raw) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (int f = 0; f < raw.fieldCount; f++) {
      String tag = raw.tags[f];
      if (tag.equals("008")) {
        int s = raw.valueStart[raw.firstValue[f]];
        if (raw.valueEnd[raw.firstValue[f]] - s >= 38) {
          add(codes, new String(raw.bytes, s + 35, 3, StandardCharsets.ISO_8859_1));
        }
      } else if (tag.equals("041")) {
        for (int v = raw.firstValue[f]; v < raw.firstValue[f + 1]; v++) {
          if (raw.codes[v] == 'a' || raw.codes[v] == 'd') {
            String all = new String(raw.bytes, raw.valueStart[v], raw.valueEnd[v] - raw.valueStart[v], StandardCharsets.ISO_8859_1);
            for (int i = 0; i + 3 <= all.length(); i += 3) {
              add(codes, all.substring(i, i + 3));
            }
          }
        }
      }
    }
    return new RecordLanguages(codes);
  }

  private static void add(java.util.Set<String> codes, String code) {
    String c = code.strip().toLowerCase(java.util.Locale.ROOT);
    if (c.length() == 3 && c.chars().allMatch(Character::isLetter)
        && !c.equals("und") && !c.equals("mul") && !c.equals("zxx")) {
      codes.add(c);
    }
  }

  boolean vietnamese() {
    return codes.contains("vie");
  }

  /** The record names its languages, and Vietnamese is not one of them. */
  boolean foreign() {
    return !codes.isEmpty() && !codes.contains("vie");
  }
}
