package vn.libnet.core.text;

/**
 * Code charts of the single-byte Vietnamese encodings: for each byte 0x80-0xFF the Unicode character
 * it stands for, and the control-code positions (below 0x20) that the encoding gives to letters, as
 * pairs of byte and character.
 */
final class LegacyTables {
  private LegacyTables() {}

  /**
   * TCVN 5712:1993, table VN1, the superset of the VN3 ("TCVN3", ABC fonts) layout. 0xB0-0xB4 are the
   * combining tone marks; toned capitals sit in 0x80-0x9F and in the C0 positions below.
   */
  static final String TCVN3_HIGH =
      "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128" + // 8_
      "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168" + // 9_
      "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" + // A_
      "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" + // B_
      "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" + // C_
      "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" + // D_
      "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" + // E_
      "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0"; // F_

  static final int[] TCVN3_C0 = {
    0x01, 0x00DA,
    0x02, 0x1EE4,
    0x04, 0x1EEA,
    0x05, 0x1EEC,
    0x06, 0x1EEE,
    0x11, 0x1EE8,
    0x12, 0x1EF0,
    0x13, 0x1EF2,
    0x14, 0x1EF6,
    0x15, 0x1EF8,
    0x16, 0x00DD,
    0x17, 0x1EF4
  };

  /** VISCII 1.1 (RFC 1456): all 134 letters precomposed, six capitals in C0 positions. */
  static final String VISCII_HIGH =
      "\u1EA0\u1EAE\u1EB0\u1EB6\u1EA4\u1EA6\u1EA8\u1EAC\u1EBC\u1EB8\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1ED0" + // 8_
      "\u1ED2\u1ED4\u1ED6\u1ED8\u1EE2\u1EDA\u1EDC\u1EDE\u1ECA\u1ECE\u1ECC\u1EC8\u1EE6\u0168\u1EE4\u1EF2" + // 9_
      "\u00D5\u1EAF\u1EB1\u1EB7\u1EA5\u1EA7\u1EA9\u1EAD\u1EBD\u1EB9\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1ED1" + // A_
      "\u1ED3\u1ED5\u1ED7\u1EE0\u01A0\u1ED9\u1EDD\u1EDF\u1ECB\u1EF0\u1EE8\u1EEA\u1EEC\u01A1\u1EDB\u01AF" + // B_
      "\u00C0\u00C1\u00C2\u00C3\u1EA2\u0102\u1EB3\u1EB5\u00C8\u00C9\u00CA\u1EBA\u00CC\u00CD\u0128\u1EF3" + // C_
      "\u0110\u1EE9\u00D2\u00D3\u00D4\u1EA1\u1EF7\u1EEB\u1EED\u00D9\u00DA\u1EF9\u1EF5\u00DD\u1EE1\u01B0" + // D_
      "\u00E0\u00E1\u00E2\u00E3\u1EA3\u0103\u1EEF\u1EAB\u00E8\u00E9\u00EA\u1EBB\u00EC\u00ED\u0129\u1EC9" + // E_
      "\u0111\u1EF1\u00F2\u00F3\u00F4\u00F5\u1ECF\u1ECD\u1EE5\u00F9\u00FA\u0169\u1EE7\u00FD\u1EE3\u1EEE"; // F_

  static final int[] VISCII_C0 = {
    0x02, 0x1EB2,
    0x05, 0x1EB4,
    0x06, 0x1EAA,
    0x14, 0x1EF6,
    0x19, 0x1EF8,
    0x1E, 0x1EF4
  };
}
