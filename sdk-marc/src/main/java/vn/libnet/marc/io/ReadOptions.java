package vn.libnet.marc.io;

import java.util.Locale;
import java.util.Objects;
import vn.libnet.core.text.LegacyEncoding;

/**
 * How to read: strict or lenient, the language of the issues reported, and the legacy Vietnamese
 * encoding of the source when the caller knows it.
 *
 * <p>Without a declared encoding, an ISO 2709 reader reads legacy bytes (TCVN3, VNI) as such only in
 * lenient mode, when a record's own evidence is certain, or when it leans the way the source's earlier
 * records decided (a bounded window, see {@link vn.libnet.core.text.SourceEncoding}). With one, every
 * value that is not UTF-8 and reads better in that encoding is read in it, in either mode.
 *
 * @param mode strict or lenient
 * @param locale the language of issue messages (Vietnamese for {@code vi}, English otherwise)
 * @param sourceEncoding the legacy encoding the caller declares for the whole source, or {@code null}
 */
public record ReadOptions(ReadMode mode, Locale locale, LegacyEncoding sourceEncoding) {
  /** Checks the mode and the locale. */
  public ReadOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(locale, "locale");
  }

  /** Options with no declared source encoding. */
  public ReadOptions(ReadMode mode, Locale locale) {
    this(mode, locale, null);
  }

  /** Strict reading, messages in the JVM's default language. */
  public static ReadOptions strict() {
    return new ReadOptions(ReadMode.STRICT, Locale.getDefault());
  }

  /** Lenient reading, messages in the JVM's default language. */
  public static ReadOptions lenient() {
    return new ReadOptions(ReadMode.LENIENT, Locale.getDefault());
  }

  /** The same options with messages in {@code locale}. */
  public ReadOptions withLocale(Locale locale) {
    return new ReadOptions(mode, locale, sourceEncoding);
  }

  /** The same options with the source declared to be in {@code encoding} ({@code null}: learn it). */
  public ReadOptions withSourceEncoding(LegacyEncoding encoding) {
    return new ReadOptions(mode, locale, encoding);
  }

  boolean lenientMode() {
    return mode == ReadMode.LENIENT;
  }
}
