package vn.libnet.marc.io;

import java.util.Locale;
import java.util.Optional;

/** The serialisations of MARC 21 records the SDK reads and writes. */
public enum MarcFormat {
  /** ISO 2709 exchange format ("binary MARC", {@code application/marc}, RFC 2220). */
  ISO2709("mrc", "application/marc"),
  /** MARCXML (MARC 21 slim schema, {@code application/marcxml+xml}, RFC 6207). */
  MARCXML("xml", "application/marcxml+xml"),
  /** MARC-in-JSON (a single record object, an array of them, or objects one after another). */
  MARC_JSON("json", "application/json"),
  /** The mnemonic text form ({@code .mrk}) people read and edit: {@code =245  10$aTitle}. */
  MRK("mrk", null);

  private final String extension;
  private final String mediaType;

  MarcFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /**
   * The registered media type: {@code application/marc} (RFC 2220), {@code application/marcxml+xml} (RFC
   * 6207), {@code application/json}; empty for MRK, which is for people and has none.
   */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /**
   * The format of a {@code Content-Type} value (parameters and case ignored; {@code application/xml} is
   * taken as MARCXML); empty for any other type.
   */
  public static Optional<MarcFormat> fromMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (type.equals("application/xml")) {
      return Optional.of(MARCXML);
    }
    for (MarcFormat f : values()) {
      if (type.equals(f.mediaType)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format of a stream from its first bytes: "&lt;" for XML, "&#123;" or "[" for JSON, "=" (or a
   * "#" comment, as MarcEdit writes) for MRK, a digit for ISO 2709. Leading white space and a UTF-8
   * byte-order mark are skipped. Empty when nothing fits.
   */
  public static Optional<MarcFormat> detect(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
      i++;
    }
    if (i >= length) {
      return Optional.empty();
    }
    byte b = head[i];
    if (b == '<') {
      return Optional.of(MARCXML);
    }
    if (b == '{' || b == '[') {
      return Optional.of(MARC_JSON);
    }
    if (b == '=' || b == '#') {
      return Optional.of(MRK);
    }
    if (b >= '0' && b <= '9') {
      return Optional.of(ISO2709);
    }
    return Optional.empty();
  }

  /**
   * The format called {@code name}: {@code iso2709} (or {@code marc}, {@code mrc}), {@code marcxml} (or
   * {@code xml}), {@code json} (or {@code marc-json}), {@code mrk} (or MarcEdit's {@code mrk8}), in any case.
   *
   * @throws IllegalArgumentException for another name, listing the accepted ones
   */
  public static MarcFormat fromName(String name) {
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "iso2709":
      case "marc":
      case "mrc":
        return ISO2709;
      case "marcxml":
      case "xml":
        return MARCXML;
      case "json":
      case "marc-json":
      case "marc_json":
      case "marcjson":
        return MARC_JSON;
      case "mrk":
      case "mrk8":
      case "mnemonic":
        return MRK;
      default:
        throw new IllegalArgumentException(
            "Unknown MARC format \"" + name + "\"; use iso2709, marcxml, json or mrk");
    }
  }
}
