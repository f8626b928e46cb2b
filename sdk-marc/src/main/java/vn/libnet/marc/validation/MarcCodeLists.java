package vn.libnet.marc.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The MARC code lists for languages, geographic areas and countries (Library of Congress), loaded from
 * the resource {@code marc-code-lists.txt}, whose header names their source and version.
 */
final class MarcCodeLists {
  /** A code list. */
  enum Kind {
    LANGUAGE("language"),
    GAC("gac"),
    COUNTRY("country");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /** What a list says of a code. */
  enum Status {
    VALID,
    OBSOLETE,
    UNKNOWN
  }

  private static final MarcCodeLists STANDARD = load("marc-code-lists.txt");

  private final Map<Kind, Map<String, Status>> codes;
  private final String version;

  private MarcCodeLists(Map<Kind, Map<String, Status>> codes, String version) {
    this.codes = codes;
    this.version = version;
  }

  static MarcCodeLists standard() {
    return STANDARD;
  }

  String version() {
    return version;
  }

  /** The status of {@code code} in {@code list}; country codes may be given with or without their padding blank. */
  Status status(Kind list, String code) {
    Map<String, Status> m = codes.get(list);
    Status s = m.get(code);
    if (s == null && list == Kind.COUNTRY && code.length() == 2) {
      s = m.get(code + " ");
    }
    return s == null ? Status.UNKNOWN : s;
  }

  private static MarcCodeLists load(String name) {
    Map<Kind, Map<String, Status>> codes = new EnumMap<>(Kind.class);
    for (Kind l : Kind.values()) {
      codes.put(l, new HashMap<>());
    }
    Map<String, Kind> byKey = new HashMap<>();
    for (Kind l : Kind.values()) {
      byKey.put(l.key, l);
    }
    String version = "";
    try (InputStream in = MarcCodeLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("# version:")) {
          version = line.substring(10).strip();
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] t = line.split("\\|", -1);
        Kind list = byKey.get(t[0]);
        if (list == null || t.length != 3) {
          throw new IllegalStateException(name + ": bad line " + line);
        }
        codes.get(list).put(t[1], t[2].equals("obsolete") ? Status.OBSOLETE : Status.VALID);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MarcCodeLists(codes, version);
  }
}
