package vn.libnet.digital.bagit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of a bag's {@code bag-info.txt} (RFC 8493 §2.2.2): labelled values in their order, a label
 * repeated where it was (labels compare without regard to case).
 *
 * @param entries the label-value pairs, in the file's order
 */
public record BagInfo(List<Entry> entries) {
  /** The reserved labels the SDK writes (§2.2.2). */
  public static final String SOURCE_ORGANIZATION = "Source-Organization";
  /** Date of bagging, YYYY-MM-DD. */
  public static final String BAGGING_DATE = "Bagging-Date";
  /** The payload's octets and files, {@code bytes.files}. */
  public static final String PAYLOAD_OXUM = "Payload-Oxum";
  /** The bag's size for people, such as {@code 2.3 GB}. */
  public static final String BAG_SIZE = "Bag-Size";
  /** The object's identifier. */
  public static final String EXTERNAL_IDENTIFIER = "External-Identifier";
  /** The software that made the bag. */
  public static final String BAG_SOFTWARE_AGENT = "Bag-Software-Agent";
  /** The group a bag belongs to. */
  public static final String BAG_GROUP_IDENTIFIER = "Bag-Group-Identifier";
  /** This bag's place in its group, {@code N of T}. */
  public static final String BAG_COUNT = "Bag-Count";

  /**
   * One label and its value.
   *
   * @param label the label, as written
   * @param value the value, its continuation lines joined by a space
   */
  public record Entry(String label, String value) {
    /** Requires both parts. */
    public Entry {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Copies the entries. */
  public BagInfo {
    entries = List.copyOf(entries);
  }

  /** Every value of {@code label}, in order. */
  public List<String> values(String label) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.label().equalsIgnoreCase(label)) {
        out.add(e.value());
      }
    }
    return out;
  }

  /** The first value of {@code label}, if any. */
  public Optional<String> first(String label) {
    return values(label).stream().findFirst();
  }

  /**
   * The payload's size as {@code Payload-Oxum} says it: octets and file count.
   *
   * @param bytes the payload's octets
   * @param files the payload's file count
   */
  public record Oxum(long bytes, long files) {
    /**
     * Parses {@code bytes.files}.
     *
     * @return empty when the value is not two non-negative whole numbers joined by a dot
     */
    public static Optional<Oxum> parse(String value) {
      String v = value.strip();
      int dot = v.indexOf('.');
      if (dot <= 0 || dot == v.length() - 1 || !v.substring(0, dot).chars().allMatch(Character::isDigit)
          || !v.substring(dot + 1).chars().allMatch(Character::isDigit) || v.length() > 40) {
        return Optional.empty();
      }
      try {
        return Optional.of(new Oxum(Long.parseLong(v.substring(0, dot)), Long.parseLong(v.substring(dot + 1))));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }

    @Override
    public String toString() {
      return bytes + "." + files;
    }
  }

  /** {@code Bag-Size} for people: bytes in B, KB, MB, GB or TB (powers of 1000, one decimal). */
  static String size(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
