package vn.libnet.marc.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The checks of coded values against the MARC code lists (041 languages, 043 geographic areas, 044
 * countries), of control-field characters, of local fields and of obsolete values: the rules {@code
 * MARC_LANGUAGE_CODE}, {@code MARC_GEOGRAPHIC_CODE}, {@code MARC_COUNTRY_CODE}, {@code
 * MARC_CONTROL_FIELD_CHARACTER}, {@code MARC_LOCAL_FIELD} and {@code MARC_OBSOLETE}.
 */
final class CodedValues {
  /** Local fields defined by OCLC in the 0XX block outside 09X, widely found in shared records. */
  static final Set<String> OCLC_LOCAL = Set.of("019", "029", "039", "049", "069", "079");
  private static final String LANGUAGE_SUBFIELDS = "abdefghijkmnpqrt";
  private static final String LANGUAGES = "MARC Code List for Languages";
  private static final String AREAS = "MARC Code List for Geographic Areas";
  private static final String COUNTRIES = "MARC Code List for Countries";

  private CodedValues() {}

  static List<Rule<Record>> rules(Marc21Definition def, boolean allowLocal) {
    List<Rule<Record>> rules = new ArrayList<>();
    MarcCodeLists lists = MarcCodeLists.standard();
    rules.add(Rule.of("MARC_LANGUAGE_CODE", Severity.ERROR, (r, s) -> {
      for (DataField df : languageFields(r)) {
        for (Subfield sf : df.getSubfields()) {
          if (LANGUAGE_SUBFIELDS.indexOf(sf.getCode()) < 0 || sf.getData() == null || sf.getData().isEmpty()) {
            continue;
          }
          String value = sf.getData();
          if (value.length() % 3 != 0) {
            s.report("041$" + sf.getCode(), "041", String.valueOf(sf.getCode()), value, value);
            continue;
          }
          for (int i = 0; i < value.length(); i += 3) {
            String code = value.substring(i, i + 3);
            if (lists.status(MarcCodeLists.Kind.LANGUAGE, code) == MarcCodeLists.Status.UNKNOWN) {
              s.report("041$" + sf.getCode(), "041", String.valueOf(sf.getCode()), value, code);
            }
          }
        }
      }
    }));
    rules.add(Rule.of("MARC_GEOGRAPHIC_CODE", Severity.ERROR, (r, s) -> {
      for (DataField df : r.getDataFields()) {
        if (df.getTag().equals("043")) {
          for (Subfield sf : df.getSubfields('a')) {
            String v = sf.getData();
            if (v != null && (v.length() != 7 || lists.status(MarcCodeLists.Kind.GAC, v) == MarcCodeLists.Status.UNKNOWN)) {
              s.report("043$a", v);
            }
          }
        }
      }
    }));
    rules.add(Rule.of("MARC_COUNTRY_CODE", Severity.ERROR, (r, s) -> {
      for (DataField df : r.getDataFields()) {
        if (df.getTag().equals("044")) {
          for (Subfield sf : df.getSubfields('a')) {
            String v = sf.getData();
            if (v != null && (v.length() < 2 || v.length() > 3
                || lists.status(MarcCodeLists.Kind.COUNTRY, v) == MarcCodeLists.Status.UNKNOWN)) {
              s.report("044$a", v);
            }
          }
        }
      }
    }));
    rules.add(Rule.of("MARC_CONTROL_FIELD_CHARACTER", Severity.ERROR, (r, s) -> {
      for (ControlField cf : r.getControlFields()) {
        String d = cf.getData();
        if (d == null) {
          continue;
        }
        for (int i = 0; i < d.length(); i++) {
          char c = d.charAt(i);
          if (c < 0x20 || c == 0x7f) {
            s.report(cf.getTag(), cf.getTag(), String.format("%02X", (int) c), i);
            break;
          }
        }
      }
    }));
    rules.add(Rule.of("MARC_LOCAL_FIELD", Severity.WARNING, (r, s) -> {
      if (allowLocal) {
        return;
      }
      for (var f : r.getVariableFields()) {
        String tag = f.getTag();
        if (Marc21Validator.Marc21Rules.validTag(tag) && def.field(tag).isEmpty() && isLocal(tag)) {
          s.report(tag, tag);
        }
      }
    }));
    rules.add(Rule.of("MARC_OBSOLETE", Severity.WARNING, (r, s) -> obsolete(def, lists, r, s)));
    return rules;
  }

  /**
   * Whether {@code tag} is left to local definition: 9XX, 09X, 59X, 69X (MARC 21) and the OCLC-defined
   * 0XX fields of {@link #OCLC_LOCAL}. The caller checks that the format does not define the tag.
   */
  static boolean isLocal(String tag) {
    char block = tag.charAt(0);
    return block == '9' || tag.charAt(1) == '9' && (block == '0' || block == '5' || block == '6') || OCLC_LOCAL.contains(tag);
  }

  // 041 fields whose codes come from the MARC list (second indicator 7 names another source in $2)
  private static List<DataField> languageFields(Record r) {
    List<DataField> fields = new ArrayList<>();
    for (DataField df : r.getDataFields()) {
      if (df.getTag().equals("041") && df.getIndicator2() != '7') {
        fields.add(df);
      }
    }
    return fields;
  }

  private static void obsolete(Marc21Definition def, MarcCodeLists lists, Record r, Rule.IssueSink s) {
    String leader = Marc21Validator.Marc21Rules.leaderText(r.getLeader());
    FixedFields.reportObsolete("leader", leader, 0, def.leader(), def.obsoleteValues("leader"), s);
    String type = FixedFields.materialType(r.getLeader().getTypeOfRecord(), r.getLeader().getImplDefined1()[0]);
    for (ControlField cf : r.getControlFields()) {
      String d = cf.getData();
      if (d == null || d.isEmpty()) {
        continue;
      }
      switch (cf.getTag()) {
        case "008" -> {
          if (d.length() == 40) {
            FixedFields.reportObsolete("008", d, 0, def.fixedField("ALL"), def.obsoleteValues("ALL"), s);
            FixedFields.reportObsolete("008", d, 0, def.fixedField(type), def.obsoleteValues(type), s);
            FixedFields.reportObsoleteCodes(d, s);
          }
        }
        case "006" -> {
          String t6 = FixedFields.type006(d.charAt(0));
          if (t6 != null && d.length() == 18) {
            FixedFields.reportObsolete("006", d, 17, def.fixedField(t6), def.obsoleteValues(t6), s);
          }
        }
        case "007" -> FixedFields.reportObsolete(
            "007", d, 0, def.positions007(d.charAt(0)), def.obsoleteValues("007" + d.charAt(0)), s);
        default -> { }
      }
    }
    for (DataField df : languageFields(r)) {
      for (Subfield sf : df.getSubfields()) {
        String v = sf.getData();
        if (LANGUAGE_SUBFIELDS.indexOf(sf.getCode()) < 0 || v == null || v.length() % 3 != 0) {
          continue;
        }
        for (int i = 0; i < v.length(); i += 3) {
          String code = v.substring(i, i + 3);
          if (lists.status(MarcCodeLists.Kind.LANGUAGE, code) == MarcCodeLists.Status.OBSOLETE) {
            s.report("041$" + sf.getCode(), "041 $" + sf.getCode(), code, LANGUAGES);
          }
        }
      }
    }
    for (DataField df : r.getDataFields()) {
      String tag = df.getTag();
      if (tag.equals("043") || tag.equals("044")) {
        for (Subfield sf : df.getSubfields('a')) {
          String v = sf.getData();
          MarcCodeLists.Kind kind = tag.equals("043") ? MarcCodeLists.Kind.GAC : MarcCodeLists.Kind.COUNTRY;
          if (v != null && lists.status(kind, v) == MarcCodeLists.Status.OBSOLETE) {
            s.report(tag + "$a", tag + " $a", v, tag.equals("043") ? AREAS : COUNTRIES);
          }
        }
      }
    }
  }
}
