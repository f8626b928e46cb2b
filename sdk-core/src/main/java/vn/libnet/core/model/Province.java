package vn.libnet.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provincial-level administrative unit of Viet Nam, with its code from the national statistics
 * office.
 *
 * <p>Since 1 July 2025 (Resolution 202/2025/QH15) there are 34 units ({@link #current()}). The 63 units
 * before that date ({@link #former()}) are kept so that old addresses still validate: each names the
 * unit or units that took over its territory ({@link #successorCodes()}). The lists ship as resources of
 * this jar.
 *
 * @param code the two-digit statistics-office code
 * @param name the official Vietnamese name, e.g. "Tỉnh Thanh Hóa"
 * @param inForce whether the unit exists since 1 July 2025
 * @param successorCodes for a former unit, the codes of the current units that replaced it; for a
 *     current unit, empty
 */
public record Province(String code, String name, boolean inForce, List<String> successorCodes) {
  private static final Map<String, Province> CURRENT = load("provinces-2025.tsv", true);
  private static final Map<String, Province> FORMER = load("provinces-before-2025.tsv", false);

  /** Copies the successor codes. */
  public Province {
    successorCodes = Lists.copy(successorCodes);
  }

  /** The 34 units in force since 1 July 2025, in code order. */
  public static List<Province> current() {
    return List.copyOf(CURRENT.values());
  }

  /** The 63 units in force before 1 July 2025, in code order. */
  public static List<Province> former() {
    return List.copyOf(FORMER.values());
  }

  /**
   * The unit with {@code code}: a current unit when the code is in force, else a former unit; empty for
   * an unknown code. Leading and trailing spaces are ignored; a one-digit code is read with a leading
   * zero ("1" is "01").
   */
  public static Optional<Province> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip();
    if (c.length() == 1) {
      c = "0" + c;
    }
    Province p = CURRENT.get(c);
    return Optional.ofNullable(p != null ? p : FORMER.get(c));
  }

  /**
   * The unit in force that holds this unit's territory: itself when it is in force, its successor when it
   * has exactly one; empty for a former unit split between several (its libraries must be placed by
   * their new address).
   */
  public Optional<Province> currentUnit() {
    if (inForce) {
      return Optional.of(this);
    }
    return successorCodes.size() == 1 ? Optional.ofNullable(CURRENT.get(successorCodes.get(0))) : Optional.empty();
  }

  /**
   * The code of the unit in force for {@code code}: the code itself for a unit in force, its successor's
   * for a former unit with one; empty for an unknown code or a former unit that was split.
   */
  public static Optional<String> currentCodeOf(String code) {
    return byCode(code).flatMap(Province::currentUnit).map(Province::code);
  }

  private static Map<String, Province> load(String name, boolean current) {
    Map<String, Province> map = new LinkedHashMap<>();
    try (InputStream in = Province.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + Province.class);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        List<String> successors = new ArrayList<>();
        if (!current && cols.length > 2) {
          for (String s : cols[2].split("[,; ]+")) {
            if (!s.isBlank()) {
              successors.add(s);
            }
          }
        }
        map.put(cols[0], new Province(cols[0], cols[1], current, successors));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return Collections.unmodifiableMap(map);
  }
}
