package vn.libnet.core.text;

import java.util.Objects;

/**
 * The result of {@link LegacyEncoding#repair(String)}: the text as it was meant to read (Unicode NFC),
 * and the legacy encoding its bytes were really in.
 *
 * @param text the repaired text, in NFC
 * @param encoding the encoding that explained the damaged text
 */
public record RepairedText(String text, LegacyEncoding encoding) {
  /** Checks that both parts are present. */
  public RepairedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
  }
}
