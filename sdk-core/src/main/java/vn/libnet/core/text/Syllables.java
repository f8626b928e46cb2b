package vn.libnet.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: optional initial consonant, a rhyme nucleus from
 * the closed set Vietnamese uses, an optional final consonant, and at most one tone.
 *
 * <p>Used to tell real Vietnamese from mojibake: the same bytes read in the wrong encoding give words
 * with stray symbols or impossible vowel clusters.
 */
final class Syllables {
  private static final String[] ONSETS = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""
  };
  private static final Set<String> NUCLEI =
      Set.of(
          "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
          "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê",
          "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "oai", "oao", "oay", "oeo", "uây",
          "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "iêu", "yêu", "oo", "ôô");
  /** Final consonants; k only in names from the Central Highlands' languages (Đắk Lắk, Đắk Nông). */
  private static final String[] CODAS = {"ng", "nh", "ch", "c", "k", "m", "n", "p", "t", ""};
  /** Rhymes that end in a glide (or are ia/ua/ưa/uya): they never take a final consonant. */
  private static final Set<String> OPEN_ONLY =
      Set.of(
          "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa",
          "ưi", "ưu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu", "iêu", "yêu");
  /** Nuclei that never end a syllable: they always take a final consonant. */
  private static final Set<String> CLOSED_ONLY = Set.of("ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê", "oo", "ôô");
  /** Nuclei after which the palatal finals ch and nh occur. */
  private static final Set<String> BEFORE_PALATAL = Set.of("a", "ê", "i", "y", "oa", "uê", "uy");

  private Syllables() {}

  /** Whether {@code word} (letters only, any case, NFC) is a Vietnamese syllable. */
  static boolean isSyllable(String word) {
    if (word.isEmpty() || word.length() > 8) {
      return false;
    }
    // A capital after a small letter ("TuÊn", "thÝch") is what a misreading of legacy capitals gives, not
    // a word. Capitals before small letters ("GIá") are left to be judged as the letters they are.
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return false;
      }
    }
    StringBuilder plain = new StringBuilder(word.length());
    int tones = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (Letters.tone(c) != Tone.NGANG) {
        // Only vowels carry tones; ñ decomposes to n and a tilde, but it is no Vietnamese letter.
        if ("aăâeêioôơuưy".indexOf(Letters.toneless(c)) < 0) {
          return false;
        }
        tones++;
      }
      plain.append(Letters.toneless(c));
    }
    if (tones > 1) {
      return false;
    }
    Tone tone = Tone.NGANG;
    for (int i = 0; i < word.length(); i++) {
      Tone t = Letters.tone(Character.toLowerCase(word.charAt(i)));
      if (t != Tone.NGANG) {
        tone = t;
      }
    }
    String s = plain.toString().toLowerCase(Locale.ROOT);
    for (String onset : ONSETS) {
      if (s.startsWith(onset) && spelledRight(onset, s.substring(onset.length()))
          && (rhymeOk(s.substring(onset.length()), tone)
              // after q the u belongs to the rhyme too: quỳnh is q + uynh
              || onset.equals("qu") && rhymeOk(s.substring(1), tone))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quốc ngữ's spelling of the velar onsets: gh and ngh before i, e, ê; c, g and ng before the other
   * vowels. "Ghu" and "nghò" are not written, so they are no syllables. (k is not held to i, e, ê, y:
   * names of the Central Highlands and loanwords write Kon Tum, Krông, Hồng Kông.)
   */
  private static boolean spelledRight(String onset, String rhyme) {
    if (rhyme.isEmpty()) {
      return false;
    }
    boolean front = "ieêy".indexOf(rhyme.charAt(0)) >= 0;
    switch (onset) {
      case "gh":
      case "ngh":
        return front;
      case "c":
      case "ng":
        return !front;
      case "g":
        return rhyme.charAt(0) != 'e' && rhyme.charAt(0) != 'ê';
      default:
        return true;
    }
  }

  private static boolean rhymeOk(String rhyme, Tone tone) {
    for (String coda : CODAS) {
      if (!rhyme.endsWith(coda)) {
        continue;
      }
      String nucleus = rhyme.substring(0, rhyme.length() - coda.length());
      if (NUCLEI.contains(nucleus) && fits(nucleus, coda, tone)) {
        return true;
      }
    }
    return false;
  }

  // The combinations Vietnamese phonotactics allow.
  private static boolean fits(String nucleus, String coda, Tone tone) {
    if (coda.isEmpty()) {
      return !CLOSED_ONLY.contains(nucleus);
    }
    if (OPEN_ONLY.contains(nucleus)) {
      return false;
    }
    // A lone y never takes a final (in, not yn); a lone ư takes only ng, c and t (ưng, ưc, ứt).
    if (nucleus.equals("y") || nucleus.equals("ư") && !coda.equals("ng") && !coda.equals("c") && !coda.equals("t")) {
      return false;
    }
    if ((nucleus.equals("oo") || nucleus.equals("ôô")) && !coda.equals("ng") && !coda.equals("c")) {
      return false;
    }
    if ((coda.equals("ch") || coda.equals("nh")) && !BEFORE_PALATAL.contains(nucleus)) {
      return false;
    }
    if (coda.equals("k") && !nucleus.equals("ă") && !nucleus.equals("a") && !nucleus.equals("â")) {
      return false;
    }
    boolean stop = coda.equals("c") || coda.equals("ch") || coda.equals("k") || coda.equals("p") || coda.equals("t");
    return !stop || tone == Tone.SAC || tone == Tone.NANG;
  }

  /**
   * A plausibility score for {@code text} as Vietnamese: +1 for each word with a non-ASCII letter that
   * is a syllable, −1 for each word with non-ASCII characters that is not, 0 for ASCII words.
   */
  static int score(String text) {
    int score = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean boundary = i == text.length() || isSeparator(text.charAt(i));
      if (!boundary && start < 0) {
        start = i;
      } else if (boundary && start >= 0) {
        score += wordScore(text, start, i);
        start = -1;
      }
    }
    return score;
  }

  /**
   * Whether every word of {@code text} with a non-ASCII character is a Vietnamese syllable, so that its
   * {@link #score} is as high as any re-reading of its bytes can reach.
   */
  static boolean fullyPlausible(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean boundary = i == text.length() || isSeparator(text.charAt(i));
      if (!boundary && start < 0) {
        start = i;
      } else if (boundary && start >= 0) {
        if (wordScore(text, start, i) < 0) {
          return false;
        }
        start = -1;
      }
    }
    return true;
  }

  /**
   * How many words a re-reading changed, against how many ASCII words of {@code text} look like another
   * language: at least three letters with a vowel, not a Vietnamese syllable, not a Roman numeral
   * ("Nuevo", "Excel"; not "Nxb", "tr", "XIX"). Both texts must have the same words, as re-readings of one
   * text's bytes have.
   *
   * @return {@code changed - foreign}
   */
  static int changedOverForeign(String text, String reading) {
    String[] a = text.split("[\\s\\p{Punct}]+");
    String[] b = reading.split("[\\s\\p{Punct}]+");
    int changed = 0;
    int foreign = 0;
    for (int i = 0; i < a.length; i++) {
      if (i < b.length && !a[i].equals(b[i])) {
        changed++;
      } else if (looksForeign(a[i])) {
        foreign++;
      }
    }
    return changed - foreign;
  }

  /** How many words {@code reading} changes; both texts must have the same words, as re-readings do. */
  static int changedWords(String text, String reading) {
    String[] a = text.split("[\\s\\p{Punct}]+");
    String[] b = reading.split("[\\s\\p{Punct}]+");
    int changed = 0;
    for (int i = 0; i < a.length; i++) {
      if (i >= b.length || !a[i].equals(b[i])) {
        changed++;
      }
    }
    return changed;
  }

  private static boolean looksForeign(String word) {
    if (word.length() < 3 || word.matches("[IVXLCDMivxlcdm]+")) {
      return false;
    }
    boolean vowel = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || !Character.isLetter(c)) {
        return false;
      }
      vowel |= "aeiouyAEIOUY".indexOf(c) >= 0;
    }
    return vowel && !isSyllable(word);
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c < 0x80 && !Character.isLetterOrDigit(c);
  }

  private static int wordScore(String text, int from, int to) {
    boolean ascii = true;
    boolean letters = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      ascii &= c < 0x80;
      letters &= Character.isLetter(c) && c != 'µ' && c != 'ª' && c != 'º';
    }
    if (ascii) {
      return 0;
    }
    return letters && isSyllable(text.substring(from, to)) ? 1 : -1;
  }
}
