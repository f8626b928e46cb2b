package vn.libnet.core.text;

/**
 * Where the tone mark goes in the open syllables ending in {@code oa}, {@code oe} and {@code uy}, the
 * one place where two conventions are in everyday use.
 *
 * <p>Both conventions agree everywhere else, including these vowel pairs followed by a final consonant
 * ({@code hoàng}, {@code huỳnh}) and after {@code qu} ({@code quý}).
 */
public enum TonePlacement {
  /**
   * The tone on the first vowel: {@code hòa}, {@code khỏe}, {@code thúy}. Used in the official names of
   * provinces in Resolution 202/2025/QH15 ({@code Thanh Hóa}, {@code Khánh Hòa}) and in most library
   * catalogues; the SDK's default.
   */
  TRADITIONAL,
  /** The tone on the second vowel: {@code hoà}, {@code khoẻ}, {@code thuý}. */
  MODERN
}
