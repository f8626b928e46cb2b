package vn.libnet.core.text;

/**
 * The six tones of Vietnamese and the combining marks that write them.
 *
 * <p>Declared in the order of Vietnamese dictionaries (ngang, huyền, hỏi, ngã, sắc, nặng), which is also
 * their collation order.
 */
public enum Tone {
  /** Level tone (thanh ngang): no mark. */
  NGANG('\0'),
  /** Falling tone (thanh huyền): grave accent, U+0300. */
  HUYEN('\u0300'),
  /** Dipping tone (thanh hỏi): hook above, U+0309. */
  HOI('\u0309'),
  /** Broken tone (thanh ngã): tilde, U+0303. */
  NGA('\u0303'),
  /** Rising tone (thanh sắc): acute accent, U+0301. */
  SAC('\u0301'),
  /** Heavy tone (thanh nặng): dot below, U+0323. */
  NANG('\u0323');

  private final char mark;

  Tone(char mark) {
    this.mark = mark;
  }

  /** The combining mark, or {@code '\0'} for {@link #NGANG}. */
  public char mark() {
    return mark;
  }

  /** The tone written by combining mark {@code c}, or {@code null} when {@code c} is not a tone mark. */
  public static Tone ofMark(char c) {
    switch (c) {
      case '\u0300':
        return HUYEN;
      case '\u0309':
        return HOI;
      case '\u0303':
        return NGA;
      case '\u0301':
        return SAC;
      case '\u0323':
        return NANG;
      default:
        return null;
    }
  }
}
