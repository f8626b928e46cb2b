package vn.libnet.marc.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MARC 21 Format for Bibliographic Data as data: leader positions, every defined tag with its
 * repeatability, indicator values and subfield codes, the 008 positions of each material type, and the
 * 007 categories with their positions, and the obsolete values still met in older records. Loaded
 * from the resource {@code marc21-bibliographic.def} in this package, whose header
 * names its source and version.
 */
public final class Marc21Definition {
  private static final Marc21Definition BIBLIOGRAPHIC = load("marc21-bibliographic.def");

  /**
   * One field's definition.
   *
   * @param tag the tag
   * @param repeatable whether the field may occur more than once
   * @param indicator1 the allowed first-indicator values ({@code " "} alone when undefined), or {@code
   *     null} for any
   * @param indicator2 the allowed second-indicator values, likewise
   * @param subfields subfield code to repeatability; empty for control fields
   * @param anySubfield whether any subfield code is allowed (fields defined elsewhere, such as 880)
   * @param name the field's name
   */
  public record FieldDefinition(
      String tag, boolean repeatable, String indicator1, String indicator2, Map<Character, Boolean> subfields,
      boolean anySubfield, String name) {}

  /**
   * A rule for one position (or range) of the leader, 008 or 006.
   *
   * @param start first position
   * @param end last position
   * @param check allowed characters, or "repeat:" plus allowed characters, or a named check
   * @param name the position's name
   */
  public record Position(int start, int end, String check, String name) {}

  private final String source;
  private final String version;
  private final Map<String, FieldDefinition> fields;
  private final Map<String, String> obsolete;
  private final List<Position> leader;
  private final Map<String, List<Position>> fixed;
  private final Map<Character, Integer> category007;
  private final Map<Character, List<Position>> positions007;
  private final Map<String, List<Position>> obsoleteValues;

  private Marc21Definition(
      String source, String version, Map<String, FieldDefinition> fields, Map<String, String> obsolete,
      List<Position> leader, Map<String, List<Position>> fixed, Map<Character, Integer> category007,
      Map<Character, List<Position>> positions007, Map<String, List<Position>> obsoleteValues) {
    this.source = source;
    this.version = version;
    this.fields = Collections.unmodifiableMap(fields);
    this.obsolete = Collections.unmodifiableMap(obsolete);
    this.leader = List.copyOf(leader);
    this.fixed = Collections.unmodifiableMap(fixed);
    this.category007 = Collections.unmodifiableMap(category007);
    this.positions007 = Collections.unmodifiableMap(positions007);
    this.obsoleteValues = Collections.unmodifiableMap(obsoleteValues);
  }

  /** The bibliographic format, as shipped in this jar. */
  public static Marc21Definition bibliographic() {
    return BIBLIOGRAPHIC;
  }

  /** Where the definition comes from, as written in its header. */
  public String source() {
    return source;
  }

  /** The definition's version, as written in its header. */
  public String version() {
    return version;
  }

  /** The definition of {@code tag}, if the format defines it. */
  public Optional<FieldDefinition> field(String tag) {
    return Optional.ofNullable(fields.get(tag));
  }

  /** Every defined tag. */
  public java.util.Set<String> tags() {
    return fields.keySet();
  }

  /** The name of {@code tag} if it is an obsolete field, else empty. */
  public Optional<String> obsolete(String tag) {
    return Optional.ofNullable(obsolete.get(tag));
  }

  /** The leader positions that are checked. */
  public List<Position> leader() {
    return leader;
  }

  /** The 008/006 positions for {@code materialType} (BK, CR, CF, MP, MU, VM, MX) or ALL. */
  public List<Position> fixedField(String materialType) {
    return fixed.getOrDefault(materialType, List.of());
  }

  /** The full length of 007 for {@code category}, or empty for an undefined category. */
  public Optional<Integer> length007(char category) {
    return Optional.ofNullable(category007.get(category));
  }

  /** The positions of 007 for {@code category} after 00, empty for an undefined category. */
  public List<Position> positions007(char category) {
    return positions007.getOrDefault(category, List.of());
  }

  /**
   * Values no longer defined but still common in older records, for {@code scope}: {@code leader}, a 008
   * material type ({@code BK} ... {@code MX}, {@code ALL}) or {@code 007} followed by the category. Each
   * position's check holds the obsolete characters.
   */
  public List<Position> obsoleteValues(String scope) {
    return obsoleteValues.getOrDefault(scope, List.of());
  }

  private static Marc21Definition load(String name) {
    Map<String, FieldDefinition> fields = new HashMap<>();
    Map<String, String> obsolete = new HashMap<>();
    List<Position> leader = new ArrayList<>();
    Map<String, List<Position>> fixed = new HashMap<>();
    Map<Character, Integer> c007 = new HashMap<>();
    Map<Character, List<Position>> p007 = new HashMap<>();
    Map<String, List<Position>> obsoleteValues = new HashMap<>();
    String source = "";
    String version = "";
    try (InputStream in = Marc21Definition.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (line.startsWith("# source:")) {
          source = line.substring(9).strip();
        } else if (line.startsWith("# version:")) {
          version = line.substring(10).strip().split(" ")[0];
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] t = line.split("\\|", -1);
        for (int i = 0; i < t.length; i++) {
          t[i] = t[i].strip();
        }
        try {
          switch (t[0]) {
            case "leader" -> leader.add(position(t[1], t[2], t[3]));
            case "field" -> fields.put(t[1], field(t));
            case "obsolete" -> obsolete.put(t[1], t[2]);
            case "fixed" -> fixed.computeIfAbsent(t[1], k -> new ArrayList<>()).add(position(t[2], t[3], t[4]));
            case "f007" -> c007.put(t[1].charAt(0), Integer.parseInt(t[2]));
            case "p007" -> p007.computeIfAbsent(t[1].charAt(0), k -> new ArrayList<>()).add(position(t[2], t[3], t[4]));
            case "obsoletevalue" ->
                obsoleteValues.computeIfAbsent(t[1], k -> new ArrayList<>()).add(position(t[2], t[3], t[4]));
            default -> throw new IllegalArgumentException("unknown statement " + t[0]);
          }
        } catch (RuntimeException e) {
          throw new IllegalStateException(name + " line " + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Marc21Definition(source, version, fields, obsolete, leader, fixed, c007, p007, obsoleteValues);
  }

  private static Position position(String range, String check, String name) {
    String[] r = range.split("-");
    int start = Integer.parseInt(r[0]);
    int end = r.length > 1 ? Integer.parseInt(r[1]) : start;
    return new Position(start, end, check, name);
  }

  private static FieldDefinition field(String[] t) {
    Map<Character, Boolean> subfields = new HashMap<>();
    boolean any = t[5].equals("*");
    if (!any && !t[5].isEmpty()) {
      for (String s : t[5].split("\\s+")) {
        subfields.put(s.charAt(0), s.endsWith(":R"));
      }
    }
    return new FieldDefinition(
        t[1], t[2].equals("R"), indicator(t[3]), indicator(t[4]), Collections.unmodifiableMap(subfields), any, t[6]);
  }

  // "_" means undefined (blank only), "*" any value, otherwise the characters with "#" for blank and ranges.
  private static String indicator(String spec) {
    if (spec.equals("*")) {
      return null;
    }
    if (spec.equals("_")) {
      return " ";
    }
    StringBuilder allowed = new StringBuilder();
    for (int i = 0; i < spec.length(); i++) {
      if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
        for (char c = spec.charAt(i); c <= spec.charAt(i + 2); c++) {
          allowed.append(c);
        }
        i += 2;
      } else {
        allowed.append(spec.charAt(i) == '#' ? ' ' : spec.charAt(i));
      }
    }
    return allowed.toString();
  }
}
