package vn.libnet.core.json.fuzz;

import static vn.libnet.core.json.fuzz.InternalTexts.violation;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import vn.libnet.core.json.Examples;
import vn.libnet.core.json.JsonDocument;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.validation.ValidationIssue;

/**
 * Fuzzes the JSON model reader, {@link JsonDocuments#read} over {@link LibnetJson#mapper()}, for {@link
 * Library}, {@link BibRecord} and {@link Holding}.
 *
 * <p>The fuzzer's bytes are read alone, and as the third element of an array of five whose other four are
 * the shipped examples (each with its own identifier). Invariants, each from its own {@link
 * InternalTexts#violation kind}:
 *
 * <ul>
 *   <li>nothing is thrown (the input is in memory, so not even {@code IOException});
 *   <li>a document that was not read carries a {@code JSON_SYNTAX} or {@code JSON_BINDING} problem, and
 *       no message, in English or Vietnamese, carries an internal exception text;
 *   <li>a syntax problem ends the file (JSON cannot be resynchronised, the class says so) and is the last
 *       document; array elements are numbered 1, 2, 3, … with no gap;
 *   <li>the two documents before the damage are always read, equal to the examples; the two after it are
 *       read, equal, unless a syntax problem ended the file.
 * </ul>
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the seed corpus under {@code
 * JsonModelReaderFuzzTestInputs/damagedDocument/} as regression tests (docs/fuzzing.md).
 */
class JsonModelReaderFuzzTest {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private record Model<T>(Class<T> type, List<byte[]> json, List<T> values) {}

  private static final List<Model<?>> MODELS =
      List.of(
          model(Library.class, "library.json", "isil", "VN-HaNoi-TV"),
          model(BibRecord.class, "bib-record.json", "id", "TV-"),
          model(Holding.class, "holding.json", "localId", "H-"));

  private static <T> Model<T> model(Class<T> type, String example, String key, String prefix) {
    List<byte[]> json = new ArrayList<>();
    List<T> values = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      ObjectNode tree = Examples.tree(example);
      tree.put(key, prefix + k);
      try {
        json.add(LibnetJson.mapper().writeValueAsBytes(tree));
        values.add(LibnetJson.mapper().treeToValue(tree, type));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Model<>(type, json, values);
  }

  @FuzzTest(maxDuration = "4m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void damagedDocument(byte[] data) throws IOException {
    for (Model<?> m : MODELS) {
      check(m, data);
    }
  }

  private static <T> void check(Model<T> m, byte[] data) throws IOException {
    List<JsonDocument<T>> alone = read(m.type(), data);
    if (alone.isEmpty()) {
      throw violation("nothing-delivered", "no document and no problem for the input alone");
    }
    syntaxLast(alone);

    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write('[');
    file.writeBytes(m.json().get(0));
    file.write(',');
    file.writeBytes(m.json().get(1));
    file.write(',');
    file.writeBytes(data);
    file.write(',');
    file.writeBytes(m.json().get(2));
    file.write(',');
    file.writeBytes(m.json().get(3));
    file.write(']');
    List<JsonDocument<T>> docs = read(m.type(), file.toByteArray());
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).index() != i + 1) {
        throw violation("numbering", "document " + (i + 1) + " of the array is numbered " + docs.get(i).index());
      }
    }
    boolean syntax = syntaxLast(docs);
    for (int k = 0; k < 2; k++) {
      if (docs.size() <= k || !m.values().get(k).equals(docs.get(k).value())) {
        throw violation("before-damage-lost", "document " + (k + 1) + ", before the damage, was not read as it is: " + describe(docs));
      }
    }
    if (!syntax) {
      int n = docs.size();
      if (n < 4
          || !m.values().get(2).equals(docs.get(n - 2).value())
          || !m.values().get(3).equals(docs.get(n - 1).value())) {
        throw violation("after-damage-lost", "the documents after the damage were lost without a syntax problem: " + describe(docs));
      }
    }
  }

  /** Checks that a syntax problem, if any, is the last document; tells whether there is one. */
  private static <T> boolean syntaxLast(List<JsonDocument<T>> docs) {
    for (int i = 0; i < docs.size(); i++) {
      ValidationIssue p = docs.get(i).problem();
      if (p != null && p.code().equals("JSON_SYNTAX")) {
        if (i != docs.size() - 1) {
          throw violation("read-after-syntax-error", "documents after a syntax problem: " + describe(docs));
        }
        return true;
      }
    }
    return false;
  }

  private static <T> List<JsonDocument<T>> read(Class<T> type, byte[] bytes) throws IOException {
    List<JsonDocument<T>> docs = new ArrayList<>();
    JsonDocuments.read(new ByteArrayInputStream(bytes), type, Locale.ENGLISH, docs::add);
    for (JsonDocument<T> d : docs) {
      if (d.readable() && d.value() == null) {
        throw violation("readable-without-value", "document " + d.index() + " is readable but has no value");
      }
      ValidationIssue p = d.problem();
      if (p == null) {
        continue;
      }
      if (!p.code().equals("JSON_SYNTAX") && !p.code().equals("JSON_BINDING")) {
        throw violation("unknown-problem", "problem code " + p.code());
      }
      for (ValidationIssue shown : List.of(p, p.localized(VI), p.localized(Locale.ENGLISH))) {
        for (String text : List.of(shown.message(), shown.suggestion())) {
          Optional<Pattern> found = InternalTexts.find(text);
          String kind = found.map(f -> "internal-text." + p.code() + "." + InternalTexts.shortName(f)).orElse("");
          if (found.isPresent() && !InternalTexts.tolerated(kind)) {
            throw violation(
                kind,
                "internal text /" + found.get() + "/ in " + p.code() + ": " + text);
          }
        }
      }
    }
    return docs;
  }

  private static <T> String describe(List<JsonDocument<T>> docs) {
    StringBuilder sb = new StringBuilder("[");
    for (JsonDocument<T> d : docs) {
      sb.append(" #").append(d.index()).append(d.readable() ? " ok" : " " + d.problem().code());
    }
    return sb.append(" ]").toString();
  }
}
