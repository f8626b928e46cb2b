package vn.libnet.marc.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The legacy-repair test set of {@code src/test/resources/repair/} (real Vietnamese names and phrases, and
 * foreign values, encoded by iconv, recode and an npm converter; see SOURCES.md there), loaded for the
 * measurements.
 */
public final class RepairTestSet {
  /** One proper Unicode value: {@code kind} is name, phrase, upper or foreign. */
  public record Value(String id, String kind, boolean cp1252Letters, String unicode) {}

  /** One value as a converter encoded it, with its misreadings. */
  public record Encoded(
      Value value, String encoding, String converter, boolean representable, boolean agrees, byte[] raw,
      String cp1252, String latin1) {
    /** The source this row belongs to: one encoding as one converter writes it. */
    public String source() {
      return encoding + " (" + converter + ")";
    }
  }

  /**
   * Names of the source list that are themselves damaged: typed in Unicode with a VNI keyboard's mark
   * keys, so that part of them is VNI read as Windows-1252 ("Lê Vuõ" for "Lê Vũ", "Quách Laâm" for
   * "Quách Lâm"). Checked by hand; they are neither proper Unicode nor a right answer, so the
   * measurements leave them out. ("Y Êban", an Ede name, is proper and stays in.)
   */
  public static final java.util.Set<String> DAMAGED_IN_SOURCE = java.util.Set.of(
      "n00039", "n00489", "n00550", "n00704", "n01046", "n01144", "n01202", "n01513", "n01522", "n01691",
      "n01692", "n01452");

  /** The values, by id, in file order. */
  public static final Map<String, Value> VALUES = new LinkedHashMap<>();
  /** The encoded rows, in file order. */
  public static final List<Encoded> ENCODED = new ArrayList<>();

  static {
    read("values.tsv", f -> {
      VALUES.put(f[0], new Value(f[0], f[1], f[3].equals("yes"), f[4]));
      return null;
    });
    read("encoded.tsv", f -> {
      ENCODED.add(new Encoded(VALUES.get(f[0]), f[1], f[2], f[3].equals("yes"), f[5].equals("yes"),
          HexFormat.of().parseHex(f[7]), f[8], f[9]));
      return null;
    });
  }

  private RepairTestSet() {}

  /** The rows of {@code name} (header skipped), each split at tabs and given to {@code row}. */
  public static void read(String name, Function<String[], ?> row) {
    try (InputStream in = RepairTestSet.class.getResourceAsStream("/repair/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource /repair/" + name + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (r.readLine() == null) {
        throw new IllegalStateException("test resource /repair/" + name + " is empty");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          row.apply(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code part} of {@code whole} as "n (p %)" for the reports. */
  public static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%d (%.2f %%)", part, 100.0 * part / whole);
  }

  /** The encoded rows grouped by source (encoding and converter), in file order; damaged names left out. */
  public static Map<String, List<Encoded>> bySource() {
    Map<String, List<Encoded>> out = new LinkedHashMap<>();
    for (Encoded e : ENCODED) {
      if (DAMAGED_IN_SOURCE.contains(e.value().id())) {
        continue;
      }
      out.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
    }
    return out;
  }

  /** The proper Unicode values of {@code kind}, with those made only of Windows-1252 letters first. */
  public static List<Value> proper(String kind) {
    List<Value> out = new ArrayList<>();
    VALUES.values().stream().filter(v -> v.kind().equals(kind) && v.cp1252Letters() && !DAMAGED_IN_SOURCE.contains(v.id()))
        .forEach(out::add);
    VALUES.values().stream().filter(v -> v.kind().equals(kind) && !v.cp1252Letters() && !DAMAGED_IN_SOURCE.contains(v.id()))
        .forEach(out::add);
    return out;
  }
}
