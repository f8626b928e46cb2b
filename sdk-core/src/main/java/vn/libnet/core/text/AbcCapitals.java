package vn.libnet.core.text;

/**
 * The TCVN3 (ABC) workaround for toned capitals, undone: a small toned vowel typed inside a word of
 * capitals because the encoding has no toned capital. Precision first: the value's other letters must all
 * be capitals, and each word holding such a small letter must have at least two other capitals, so that
 * "Sử" and "Có", right spellings of other text, are never touched; nor is a small toned vowel after a
 * capital of the same base, which some converters write for a toned capital ("KIÊểU") but which real
 * doubled vowels also give.
 */
final class AbcCapitals {
  private AbcCapitals() {}

  static String restore(String text) {
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        if (!isSmallTonedVowel(c)) {
          return text;
        }
        // After a capital of its own base ("KIÊểU") it may be a writer's capital-plus-toned-letter, or a
        // real doubled vowel ("SOóC"): not guessed at.
        if (i > 0 && Letters.toneless(Character.toLowerCase(text.charAt(i - 1))) == Letters.toneless(c)) {
          return text;
        }
        any = true;
      }
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        int capitals = 0;
        boolean small = false;
        for (int j = start; j < i; j++) {
          capitals += Character.isUpperCase(text.charAt(j)) ? 1 : 0;
          small |= Character.isLowerCase(text.charAt(j));
        }
        if (small && capitals < 2) {
          return text;
        }
        start = -1;
      }
    }
    for (int i = 0; i < out.length(); i++) {
      out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
    }
    return out.toString();
  }

  private static boolean isSmallTonedVowel(char c) {
    return c >= 0x80 && Letters.tone(c) != Tone.NGANG && Letters.isVietnamese(c);
  }
}
