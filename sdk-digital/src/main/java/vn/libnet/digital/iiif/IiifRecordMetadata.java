package vn.libnet.digital.iiif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.Publication;
import vn.libnet.core.model.Subject;
import vn.libnet.core.model.Title;

/**
 * The language maps of a manifest (Presentation 3 §4.3) and the {@code metadata} label/value pairs
 * drawn from a {@link BibRecord}: labels in Vietnamese and English, values in the record's language when
 * it is Vietnamese or English ({@code vie}, {@code eng}) and under {@code none} otherwise.
 */
final class IiifRecordMetadata {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<String, String> LANGUAGES = Map.of("vie", "vi", "vi", "vi", "eng", "en", "en", "en");

  private IiifRecordMetadata() {}

  /** The language map key for the record's first language. */
  static String language(BibRecord record) {
    if (record == null || record.languages().isEmpty()) {
      return "none";
    }
    return LANGUAGES.getOrDefault(record.languages().get(0).strip().toLowerCase(java.util.Locale.ROOT), "none");
  }

  /** A language map with {@code values} under {@code language}. */
  static ObjectNode map(String language, List<String> values) {
    ObjectNode m = JSON.objectNode();
    ArrayNode a = m.putArray(language);
    values.forEach(a::add);
    return m;
  }

  /** A language map of a Vietnamese and an English text. */
  static ObjectNode bilingual(String vi, String en) {
    ObjectNode m = map("vi", List.of(vi));
    m.putArray("en").add(en);
    return m;
  }

  /** A label/value pair of a bilingual label and values in {@code language}. */
  static ObjectNode pair(String vi, String en, String language, List<String> values) {
    ObjectNode p = JSON.objectNode();
    p.set("label", bilingual(vi, en));
    p.set("value", map(language, values));
    return p;
  }

  /** The record's main title with its subtitle and part, for display. */
  static String title(BibRecord record) {
    return record.mainTitle().map(IiifRecordMetadata::full).orElse(null);
  }

  private static String full(Title t) {
    StringBuilder s = new StringBuilder(t.title() == null ? "" : t.title().strip());
    if (t.subtitle() != null && !t.subtitle().isBlank()) {
      s.append(" : ").append(t.subtitle().strip());
    }
    for (String part : new String[] {t.partNumber(), t.partName()}) {
      if (part != null && !part.isBlank()) {
        s.append(". ").append(part.strip());
      }
    }
    return s.toString();
  }

  /** The metadata pairs of {@code record}: title, authors, date, publisher, subjects, identifiers. */
  static ArrayNode metadata(BibRecord record) {
    String lang = language(record);
    ArrayNode out = JSON.arrayNode();
    add(out, "Nhan đề", "Title", lang, title(record) == null ? List.of() : List.of(title(record)));
    add(out, "Tác giả", "Authors", lang, record.contributors().stream().map(Contributor::name)
        .filter(n -> n != null && !n.isBlank()).toList());
    Publication p = record.publication();
    if (p != null) {
      String date = p.date() != null && !p.date().isBlank() ? p.date() : p.year() == null ? null : String.valueOf(p.year());
      add(out, "Năm xuất bản", "Date", "none", date == null ? List.of() : List.of(date));
      List<String> publisher = new ArrayList<>();
      if (p.publisher() != null && !p.publisher().isBlank()) {
        publisher.add(p.place() == null || p.place().isBlank() ? p.publisher() : p.place() + " : " + p.publisher());
      }
      add(out, "Nhà xuất bản", "Publisher", lang, publisher);
    }
    add(out, "Chủ đề", "Subjects", lang, record.subjects().stream().map(Subject::term)
        .filter(t -> t != null && !t.isBlank()).toList());
    add(out, "Định danh", "Identifiers", "none", record.identifiers().stream()
        .filter(i -> i.value() != null && !i.value().isBlank()).map(IiifRecordMetadata::identifier).toList());
    return out;
  }

  private static String identifier(Identifier i) {
    return i.type() + " " + i.value() + (i.qualifier() == null || i.qualifier().isBlank() ? "" : " (" + i.qualifier() + ")");
  }

  private static void add(ArrayNode out, String vi, String en, String lang, List<String> values) {
    if (!values.isEmpty()) {
      out.add(pair(vi, en, lang, values));
    }
  }
}
