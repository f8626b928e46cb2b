package vn.libnet.core.text;

/** A Vietnamese legacy encoding's two directions; implementations are stateless and thread-safe. */
interface Codec {
  /** Decodes bytes; every byte sequence decodes (never throws), the result is NFC. */
  String decode(byte[] bytes, int offset, int length);

  /**
   * Encodes NFC text.
   *
   * @return the bytes, or {@code null} when some character has no encoding; {@code failedAt[0]} then
   *     holds its index
   */
  byte[] encode(String nfc, int[] failedAt);
}
