package vn.libnet.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.libnet.core.i18n.Messages;

/**
 * The pre-Unicode Vietnamese encodings found in old catalogue data, with decoding, encoding, detection
 * and repair of text that was read in the wrong encoding.
 *
 * <p>The JDK knows only Windows-1258, so the SDK carries its own tables. Decoding never fails (every
 * byte means something) and always gives Unicode NFC. Encoding takes any string, normalises it to NFC,
 * and throws {@link IllegalArgumentException} naming the first character the encoding cannot represent
 * and its index; nothing is silently replaced.
 *
 * <p>{@link #repair(String)} handles the usual state of legacy data: bytes in TCVN3 or VNI that some
 * program read as Windows-1252 or Latin-1 ({@code "Hµ Néi"} for {@code "Hà Nội"}, {@code "Haø Noäi"}
 * likewise). Candidates are judged by how many words become well-formed Vietnamese syllables, so proper
 * Unicode text and text in other languages are left alone.
 */
public enum LegacyEncoding {
  /**
   * TCVN 5712:1993 ("TCVN3", the ABC fonts). Decoding follows the standard's full VN1 table: the toned
   * capitals that TCVN3 proper lacks decode from their VN1 positions (0x80-0x9F and some C0 bytes), as
   * iconv's TCVN5712-1 does. Text written with the ABC "H" fonts, whose capitals are drawn from the
   * lower-case byte positions, decodes to lower case: the case was in the font, not in the bytes.
   * Encoding writes toned capitals at their VN1 positions.
   */
  TCVN3("TCVN 5712:1993 (TCVN3/ABC)", new SingleByteCodec(LegacyTables.TCVN3_HIGH, LegacyTables.TCVN3_C0, true)),
  /**
   * VNI-Windows (VNI fonts): a vowel then a mark byte. Decoding also accepts a mark byte of the other
   * case after a letter, and keeps a mark byte that follows no vowel as its Windows-1252 character.
   */
  VNI("VNI-Windows", new VniCodec()),
  /** VISCII 1.1 (RFC 1456). Six capitals occupy C0 bytes 0x02, 0x05, 0x06, 0x14, 0x19 and 0x1E. */
  VISCII("VISCII 1.1", new SingleByteCodec(LegacyTables.VISCII_HIGH, LegacyTables.VISCII_C0, false)),
  /** Windows-1258: decoding composes base letters and combining tones to NFC; encoding decomposes as needed. */
  CP1258("Windows-1258", new Cp1258Codec());

  private final String displayName;
  private final Codec codec;

  LegacyEncoding(String displayName, Codec codec) {
    this.displayName = displayName;
    this.codec = codec;
  }

  /** The encoding's usual name, e.g. {@code "VNI-Windows"}. */
  public String displayName() {
    return displayName;
  }

  /** Decodes {@code bytes} to Unicode NFC; never fails. */
  public String decode(byte[] bytes) {
    return codec.decode(bytes, 0, bytes.length);
  }

  /** Decodes {@code length} bytes from {@code offset} to Unicode NFC; never fails. */
  public String decode(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return codec.decode(bytes, offset, length);
  }

  /**
   * Decodes like {@link #decode(byte[], int, int)}, then undoes what writers of this encoding did for
   * letters it lacks. TCVN3 (ABC) has no toned capitals, so typists put the small toned vowel inside a
   * word of capitals ({@code "LịCH SửU"}); when every other letter of the value is a capital and each such
   * word has at least two other capitals, the small letters become capitals ({@code "LỊCH SỬU"}). Short
   * words stay as the bytes say ({@code "Sử"}, {@code "Có"} are right spellings of other text), and a
   * value in small letters stays small (the ABC "H" fonts drew capitals from small-letter bytes). Other
   * encodings decode as {@link #decode(byte[], int, int)} does.
   */
  public String decodeAsWritten(byte[] bytes, int offset, int length) {
    String decoded = decode(bytes, offset, length);
    return this == TCVN3 ? AbcCapitals.restore(decoded) : decoded;
  }

  /**
   * Encodes {@code text} (normalised to NFC first).
   *
   * @throws IllegalArgumentException when a character cannot be represented; the message names the
   *     character, its code point and its index in the NFC text
   */
  public byte[] encode(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    int[] failedAt = new int[1];
    byte[] bytes = codec.encode(nfc, failedAt);
    if (bytes == null) {
      char c = nfc.charAt(failedAt[0]);
      throw new IllegalArgumentException(
          Messages.format(
              Locale.ENGLISH,
              "LEGACY_UNMAPPABLE",
              String.valueOf(c),
              String.format("U+%04X", (int) c),
              failedAt[0],
              displayName));
    }
    return bytes;
  }

  /** Whether every character of {@code text} can be encoded. */
  public boolean canEncode(String text) {
    return codec.encode(Normalizer.normalize(text, Normalizer.Form.NFC), new int[1]) != null;
  }

  /**
   * {@code text} re-read as this encoding, assuming it is this encoding's bytes read as Windows-1252 or
   * Latin-1. Empty when some character cannot come from such a misreading. Unlike {@link #repair(String)}
   * this does not judge whether the result reads better; callers use it when they already know the
   * encoding, for example from the other fields of the same record.
   */
  public Optional<String> fromMisread(String text) {
    byte[] bytes = MisreadBytes.of(text);
    return bytes == null ? Optional.empty() : Optional.of(decodeAsWritten(bytes, 0, bytes.length));
  }

  /**
   * The encoding named {@code name}: {@code tcvn3} (or {@code tcvn}, {@code abc}), {@code vni},
   * {@code viscii}, {@code cp1258} (or {@code windows-1258}), in any case.
   *
   * @throws IllegalArgumentException for any other name, listing the accepted ones
   */
  public static LegacyEncoding fromName(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "tcvn3":
      case "tcvn":
      case "abc":
      case "tcvn5712":
        return TCVN3;
      case "vni":
      case "vni-windows":
        return VNI;
      case "viscii":
        return VISCII;
      case "cp1258":
      case "windows-1258":
        return CP1258;
      default:
        throw new IllegalArgumentException(
            Messages.format(Locale.ENGLISH, "LEGACY_UNKNOWN_NAME", name));
    }
  }

  /**
   * Which legacy encoding raw {@code bytes} are most likely in. Empty when they are ASCII, valid UTF-8,
   * or not recognisably Vietnamese in any of the encodings.
   */
  public static Optional<LegacyEncoding> detect(byte[] bytes) {
    if (isAscii(bytes) || isUtf8(bytes)) {
      return Optional.empty();
    }
    LegacyEncoding best = null;
    int bestScore = 0;
    for (LegacyEncoding candidate : values()) {
      int score = Syllables.score(candidate.decode(bytes));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Repairs text whose bytes were in a legacy Vietnamese encoding but were read as Windows-1252 or
   * Latin-1, when the text alone decides it: exactly one encoding's reading {@linkplain
   * #repairMisread(String) reads better} than the text and than every other encoding's reading. Returns
   * the text as meant, in NFC, and the encoding found.
   *
   * <p>Precision first, empty whenever the text alone cannot be sure: when it is ASCII or proper Unicode,
   * when it already reads as Vietnamese ({@code "Ngô Hà"} stays, although its VNI reading {@code "Ngơ
   * Hà"} is Vietnamese too), when no reading is better, and when two encodings read equally well
   * ({@code "Leâ Thò Khoa"} is VNI {@code "Lê Thị Khoa"} or TCVN3 {@code "Leõ Thũ Khoa"}: the other
   * values of the record, or of the source, decide that). Idempotent: repairing repaired text gives empty.
   */
  public static Optional<RepairedText> repair(String text) {
    Map<LegacyEncoding, String> best = bestMisreadings(text);
    if (best.isEmpty() || best.values().stream().distinct().count() > 1) {
      return Optional.empty();
    }
    Map.Entry<LegacyEncoding, String> only = best.entrySet().iterator().next();
    // One changed word of ordinary letters is no evidence alone: "Tø" (Danish) reads as TCVN3 "Tứ".
    if (misreadingEvidence(text, only.getValue()) < 2) {
      return Optional.empty();
    }
    return Optional.of(new RepairedText(only.getValue(), only.getKey()));
  }

  /**
   * How much {@code reading} shows that {@code text} is a misreading: one point for each word the reading
   * changes, two more when {@code text} holds a character no Latin text has in a word (a symbol such as
   * ¸ § « ©, or µ ª º). Short values of ordinary letters ("Tø", "Så", "Gün") score 1: a foreign word is as
   * likely as legacy text, so they never decide alone.
   */
  public static int misreadingEvidence(String text, String reading) {
    return Syllables.changedWords(text, reading) + (hasMisreadingSymbols(text) ? 2 : 0);
  }

  /**
   * Whether {@code text} holds a character no Latin text has in a word, as misreadings of legacy bytes
   * do: a non-ASCII character that is not a letter (¸ § « © £), or µ ª º.
   */
  public static boolean hasMisreadingSymbols(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (!Character.isLetter(c) || c == 'µ' || c == 'ª' || c == 'º')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} could be a single-byte misreading at all: it has a character above ASCII (or a
   * C0 letter position), and every character is one Windows-1252 or Latin-1 gives. Text with other
   * characters ("ệ", "ư") is proper Unicode.
   */
  public static boolean couldBeMisread(String text) {
    return MisreadBytes.of(text) != null;
  }

  /**
   * Every encoding's {@linkplain #repairMisread(String) better reading} of {@code text}, in one pass over
   * its bytes; empty when no encoding reads it better.
   */
  public static Map<LegacyEncoding, String> betterMisreadings(String text) {
    Map<LegacyEncoding, String> better = new EnumMap<>(LegacyEncoding.class);
    byte[] bytes = MisreadBytes.of(text);
    if (bytes == null || Syllables.fullyPlausible(text)) {
      return better;
    }
    int textScore = Syllables.score(text);
    for (LegacyEncoding candidate : values()) {
      String decoded = candidate.decodeAsWritten(bytes, 0, bytes.length);
      if (readsBetter(decoded, text, textScore)) {
        better.put(candidate, decoded);
      }
    }
    return better;
  }

  /**
   * The encodings whose {@linkplain #repairMisread(String) better reading} of {@code text} reads best (the
   * most Vietnamese syllables), with those readings; {@link #bestOf} of {@link #betterMisreadings}.
   */
  public static Map<LegacyEncoding, String> bestMisreadings(String text) {
    return bestOf(betterMisreadings(text));
  }

  /**
   * The best of {@code readings} (the most Vietnamese syllables). Between equally good readings, TCVN3 and
   * VNI, in which Vietnamese catalogues were written, go before VISCII and CP1258, whose readings of other
   * encodings' bytes are often Vietnamese by chance ("Haø Noäi" is VNI "Hà Nội" and VISCII "Haụ Noải");
   * TCVN3 and VNI tie with each other.
   */
  public static Map<LegacyEncoding, String> bestOf(Map<LegacyEncoding, String> readings) {
    Map<LegacyEncoding, String> best = new EnumMap<>(LegacyEncoding.class);
    int bestScore = Integer.MIN_VALUE;
    for (Map.Entry<LegacyEncoding, String> e : readings.entrySet()) {
      int score = Syllables.score(e.getValue());
      if (score > bestScore) {
        best.clear();
        bestScore = score;
      }
      if (score == bestScore) {
        best.put(e.getKey(), e.getValue());
      }
    }
    if (best.containsKey(TCVN3) || best.containsKey(VNI)) {
      best.remove(VISCII);
      best.remove(CP1258);
    }
    return best;
  }

  /**
   * {@code text} re-read as this encoding (as {@link #fromMisread(String)}), but only when that reading
   * is better: {@code text} does not already read as Vietnamese ({@link
   * VietnameseText#readsAsVietnamese}), and the reading {@linkplain VietnameseText#readsPartlyAsVietnamese
   * reads as Vietnamese} with more syllables than {@code text}, and it changes more words than {@code
   * text} has words of another language (so "Nuevo tai lü" stays, although "Nuevo tai lỹ" would read as
   * Vietnamese in part). The test a caller applies once it knows the
   * encoding from other evidence (the record, the source); it never rewrites proper Unicode, and text in
   * other languages comes out of a wrong reading with stray letters, so it is left alone.
   */
  public Optional<String> repairMisread(String text) {
    byte[] bytes = MisreadBytes.of(text);
    if (bytes == null || Syllables.fullyPlausible(text)) {
      return Optional.empty();
    }
    String decoded = decodeAsWritten(bytes, 0, bytes.length);
    return readsBetter(decoded, text, Syllables.score(text)) ? Optional.of(decoded) : Optional.empty();
  }

  private static boolean readsBetter(String decoded, String text, int textScore) {
    // A value whose other words are in another language ("Nuevo tai lü") is a foreign value, not
    // mojibake with one word that happens to read as Vietnamese ("lỹ").
    return !decoded.equals(text)
        && VietnameseText.readsPartlyAsVietnamese(decoded)
        && Syllables.score(decoded) > textScore
        && Syllables.changedOverForeign(text, decoded) > 0;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
