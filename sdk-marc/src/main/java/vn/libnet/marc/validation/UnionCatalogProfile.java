package vn.libnet.marc.validation;

import vn.libnet.marc.record.MarcFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The national union-catalogue profile {@code vn-union-catalog} v1: every MARC 21 check of {@link
 * Marc21Validator} (local fields reported as {@code MARC_LOCAL_FIELD} warnings, obsolete values as
 * {@code MARC_OBSOLETE} warnings; neither rejects a record) and what the national union catalogue
 * requires of a contributed record:
 *
 * <ul>
 *   <li>001, and 003 or 040 $a naming the agency; 008; the language in 008/35-37 or 041 $a;
 *   <li>245 $a; 264 or 260; 300 $a; 082 or 080; at least one 6XX;
 *   <li>852 $a equal to the contributing library's ISIL;
 *   <li>UTF-8 (Leader/09 {@code a}), every value in NFC, no text left in a legacy encoding.
 * </ul>
 */
public final class UnionCatalogProfile {
  /** The profile's name. */
  public static final String NAME = "vn-union-catalog";

  // Local fields travel into every library's catalogue: the union catalogue tells the contributor, as a warning.
  private static final Marc21Validator MARC21 = Marc21Validator.builder().allowLocalFields(false).build();

  private UnionCatalogProfile() {}

  /**
   * The profile for records contributed by the library {@code isil}.
   *
   * @throws NullPointerException when {@code isil} is null
   */
  public static Profile<Record> forLibrary(String isil) {
    Objects.requireNonNull(isil, "isil");
    List<Rule<Record>> rules = new ArrayList<>(MARC21.profile().rules());
    rules.add(required("UC_001_MISSING", "001", r -> !blank(control(r, "001"))));
    rules.add(
        required(
            "UC_AGENCY_MISSING", "003", r -> !blank(control(r, "003")) || !first(r, "040", 'a').isEmpty()));
    rules.add(required("UC_008_MISSING", "008", r -> control(r, "008") != null));
    rules.add(
        required(
            "UC_LANGUAGE_MISSING",
            "008/35-37",
            r -> {
              String f008 = control(r, "008");
              boolean coded = f008 != null && f008.length() >= 38 && f008.substring(35, 38).matches("[a-z]{3}");
              return coded || !first(r, "041", 'a').isEmpty();
            }));
    rules.add(required("UC_TITLE_MISSING", "245$a", r -> !first(r, "245", 'a').isEmpty()));
    rules.add(
        required(
            "UC_PUBLICATION_MISSING", "264", r -> MarcFields.data(r, "264") != null || MarcFields.data(r, "260") != null));
    rules.add(required("UC_EXTENT_MISSING", "300$a", r -> !first(r, "300", 'a').isEmpty()));
    rules.add(
        required(
            "UC_CLASSIFICATION_MISSING", "082", r -> !first(r, "082", 'a').isEmpty() || !first(r, "080", 'a').isEmpty()));
    rules.add(
        required(
            "UC_SUBJECT_MISSING", "6XX", r -> r.getDataFields().stream().anyMatch(f -> f.getTag().charAt(0) == '6')));
    rules.add(required("UC_HOLDING_MISSING", "852$a", r -> !first(r, "852", 'a').isEmpty()));
    rules.add(
        Rule.of(
            "UC_HOLDING_ISIL",
            Severity.ERROR,
            (r, s) -> {
              List<String> owners = all(r, "852", 'a');
              if (!owners.isEmpty() && owners.stream().noneMatch(o -> o.strip().equals(isil))) {
                s.report("852$a", owners.get(0), isil);
              }
            }));
    rules.add(
        Rule.of(
            "UC_NOT_UTF8",
            Severity.ERROR,
            (r, s) -> {
              if (r.getLeader().getCharCodingScheme() != 'a') {
                s.report("leader/09", String.valueOf(r.getLeader().getCharCodingScheme()).replace(' ', '#'));
              }
            }));
    rules.add(
        Rule.of(
            "UC_NOT_NFC",
            Severity.ERROR,
            (r, s) ->
                eachValue(r, (path, value) -> {
                  if (!VietnameseText.isNfc(value)) {
                    s.report(path, value);
                  }
                })));
    rules.add(
        Rule.of(
            "UC_LEGACY_TEXT",
            Severity.ERROR,
            (r, s) ->
                eachValue(r, (path, value) ->
                    LegacyEncoding.repair(value)
                        .ifPresent(fix -> s.report(path, value, fix.encoding().displayName(), fix.text())))));
    return Profile.of(NAME, "1", Record.class, rules);
  }

  private interface Condition {
    boolean holds(Record r);
  }

  private static Rule<Record> required(String code, String path, Condition present) {
    return Rule.of(
        code,
        Severity.ERROR,
        (r, s) -> {
          if (!present.holds(r)) {
            s.report(path);
          }
        });
  }

  private interface ValueVisitor {
    void visit(String path, String value);
  }

  private static void eachValue(Record r, ValueVisitor v) {
    for (ControlField cf : r.getControlFields()) {
      v.visit(cf.getTag(), cf.getData());
    }
    for (DataField df : r.getDataFields()) {
      for (Subfield sf : df.getSubfields()) {
        if (sf.getData() != null) {
          v.visit(df.getTag() + "$" + sf.getCode(), sf.getData());
        }
      }
    }
  }

  private static String control(Record r, String tag) {
    return MarcFields.controlData(r, tag);
  }

  private static List<String> all(Record r, String tag, char code) {
    List<String> values = new ArrayList<>();
    for (DataField df : MarcFields.data(r, new String[] {tag})) {
      for (Subfield sf : df.getSubfields(code)) {
        if (!blank(sf.getData())) {
          values.add(sf.getData());
        }
      }
    }
    return values;
  }

  private static List<String> first(Record r, String tag, char code) {
    List<String> values = all(r, tag, code);
    return values.isEmpty() ? values : values.subList(0, 1);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
