package vn.libnet.core.readiness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.criteria.CriteriaReader;
import vn.libnet.core.readiness.survey.Questionnaire;

/**
 * The readiness criteria and default questionnaires on the class path, by id and version.
 *
 * <p>Every {@code META-INF/libnet/readiness-criteria.list} resource (one per jar; the SDK ships {@code
 * qd206-2021} version 1) names resource base names, one a line ({@code #} starts a comment): {@code
 * BASE.tsv} holds the criteria ({@link CriteriaReader}), {@code BASE.questionnaire.json}, when present, the
 * default questionnaire (a {@link Questionnaire} in JSON, read strictly: an unknown field is an error). A newer version is added by shipping its two
 * files and a line, with no code. Everything is read and checked when the catalogue is made: a malformed
 * resource is refused with an {@link IllegalArgumentException} naming it, as is the same id and version
 * twice.
 */
public final class ReadinessCatalog {
  /** Where the lists of criteria resources are. */
  public static final String LIST = "META-INF/libnet/readiness-criteria.list";

  private static final Logger LOG = LoggerFactory.getLogger(ReadinessCatalog.class);
  private static volatile ReadinessCatalog standard;

  private final Map<String, Criteria> criteria = new LinkedHashMap<>();
  private final Map<String, Questionnaire> questionnaires = new LinkedHashMap<>();

  private ReadinessCatalog(ClassLoader loader) {
    for (String base : bases(loader)) {
      Criteria c = read(loader, base + ".tsv", in -> CriteriaReader.read(
          new InputStreamReader(in, StandardCharsets.UTF_8), base + ".tsv"));
      if (c == null) {
        throw new IllegalArgumentException("No resource " + base + ".tsv, listed in " + LIST);
      }
      if (criteria.putIfAbsent(c.key(), c) != null) {
        throw new IllegalArgumentException("Criteria " + c.key() + " are listed twice (again as " + base + ")");
      }
      Questionnaire q = read(loader, base + ".questionnaire.json",
          // Strict about its own resources: a misspelt field would otherwise vanish silently.
          in -> LibnetJson.mapper().readerFor(Questionnaire.class)
              .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in));
      if (q != null) {
        q.requireFor(c);
        questionnaires.put(c.key(), q);
      }
      LOG.debug("Readiness criteria {} from {} ({} indicators, questionnaire: {})", c.key(), base,
          c.indicators().size(), q != null);
    }
  }

  /** The catalogue of the SDK's class loader, read once. */
  public static ReadinessCatalog standard() {
    ReadinessCatalog c = standard;
    if (c == null) {
      synchronized (ReadinessCatalog.class) {
        c = standard;
        if (c == null) {
          c = new ReadinessCatalog(ReadinessCatalog.class.getClassLoader());
          standard = c;
        }
      }
    }
    return c;
  }

  /** A catalogue of the resources {@code loader} sees. */
  public static ReadinessCatalog of(ClassLoader loader) {
    return new ReadinessCatalog(Objects.requireNonNull(loader, "loader"));
  }

  /** Every criteria version, in the order found. */
  public List<Criteria> all() {
    return List.copyOf(criteria.values());
  }

  /** The newest version of the criteria {@code id} (e.g. {@code qd206-2021}). */
  public Optional<Criteria> criteria(String id) {
    return criteria.values().stream().filter(c -> c.id().equals(id)).max(Comparator.comparingInt(Criteria::version));
  }

  /** Version {@code version} of the criteria {@code id}. */
  public Optional<Criteria> criteria(String id, int version) {
    return Optional.ofNullable(criteria.get(id + "/" + version));
  }

  /** The default questionnaire of {@code criteria}, if its resources have one. */
  public Optional<Questionnaire> questionnaire(Criteria criteria) {
    return Optional.ofNullable(questionnaires.get(criteria.key()));
  }

  private interface Parse<T> {
    T parse(InputStream in) throws IOException;
  }

  private static <T> T read(ClassLoader loader, String name, Parse<T> parse) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : parse.parse(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static List<String> bases(ClassLoader loader) {
    List<String> bases = new ArrayList<>();
    try {
      Enumeration<URL> lists = loader.getResources(LIST);
      for (URL url : Collections.list(lists)) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(bases::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LIST, e);
    }
    return bases;
  }
}
