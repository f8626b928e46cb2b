package vn.libnet.marc.validation;

import vn.libnet.marc.record.MarcFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import vn.libnet.core.id.InvalidIdentifierException;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.id.Issn;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;

/**
 * Checks a record against the MARC 21 bibliographic format ({@link Marc21Definition}): leader values,
 * defined tags, repeatability of fields and subfields, indicator values, subfield codes, empty
 * subfields, 008 (and 006, 007 position by position as warnings) values for the record's material type, ISBN and
 * ISSN check digits, one 245, at most one 1XX, 880/$6 linkage, the codes of 041, 043, 044 and 008/15-17,
 * 008/35-37 against the MARC code lists (shipped as the resource {@code marc-code-lists.txt}), and
 * control fields free of subfield delimiters and control characters.
 *
 * <p>Severity follows harm: an ERROR is data that other systems misread; obsolete values still common
 * in older records (OCLC encoding levels I, K, L, M; 008/32 0 or 1 in books; discontinued codes) are
 * {@code MARC_OBSOLETE} warnings. Paths name the place: {@code leader/06}, {@code 245}, {@code
 * 245/ind1}, {@code 245$a}, {@code 008/35-37}. Validation never throws on bad data. Local fields (9XX,
 * 09X, 59X, 69X, and the OCLC-defined 019, 029, 039, 049, 069, 079) are accepted without an
 * issue by default; {@link Builder#allowLocalFields(boolean)} {@code false} reports each as a {@code
 * MARC_LOCAL_FIELD} warning, never as an error.
 */
public final class Marc21Validator {
  /** The subfield code systems use for their own data where MARC 21 defines none (Koha: authority links). */
  private static final char LOCAL_SUBFIELD = '9';

  private final Profile<Record> profile;

  private Marc21Validator(Profile<Record> profile) {
    this.profile = profile;
  }

  /** The validator with default options: local fields allowed. Shared: a validator is immutable. */
  public static Marc21Validator standard() {
    return Standard.INSTANCE;
  }

  // Built on first use: the rules are made from the definition file, which every profile shares.
  private static final class Standard {
    static final Marc21Validator INSTANCE = builder().build();
  }

  /** A builder of validators. */
  public static Builder builder() {
    return new Builder();
  }

  /** Options of a {@link Marc21Validator}. */
  public static final class Builder {
    private boolean allowLocalFields = true;

    private Builder() {}

    /**
     * Whether local fields (9XX, 09X, 59X, 69X, the OCLC-defined 0XX fields) are accepted silently (default) or
     * reported as {@code MARC_LOCAL_FIELD} warnings.
     */
    public Builder allowLocalFields(boolean allow) {
      this.allowLocalFields = allow;
      return this;
    }

    /** The validator. */
    public Marc21Validator build() {
      return new Marc21Validator(
          Profile.of(
              "marc21-bibliographic", Marc21Definition.bibliographic().version(), Record.class,
              Marc21Rules.all(Marc21Definition.bibliographic(), allowLocalFields)));
    }
  }

  /** Validates with the JVM's default locale. */
  public ValidationReport validate(Record record) {
    return profile.validate(record);
  }

  /** Validates {@code record}; messages in {@code context}'s language. */
  public ValidationReport validate(Record record, ValidationContext context) {
    return profile.validate(record, context);
  }

  /** The checks as a profile, to derive stricter or looser variants or to combine with others. */
  public Profile<Record> profile() {
    return profile;
  }

  /** The rules, built from the definition. */
  static final class Marc21Rules {
    private Marc21Rules() {}

    static List<Rule<Record>> all(Marc21Definition def, boolean allowLocal) {
      List<Rule<Record>> rules = new ArrayList<>();
      rules.add(Rule.of("MARC_LEADER_INVALID", Severity.ERROR, (r, s) -> leader(def, r, s)));
      rules.add(Rule.of("MARC_TAG_INVALID", Severity.ERROR, (r, s) -> eachField(r, f -> {
        if (!validTag(f.getTag())) {
          s.report(f.getTag(), f.getTag());
        }
      })));
      rules.add(Rule.of("MARC_TAG_UNDEFINED", Severity.ERROR, (r, s) -> eachField(r, f -> {
        String tag = f.getTag();
        if (validTag(tag) && def.field(tag).isEmpty() && def.obsolete(tag).isEmpty() && !CodedValues.isLocal(tag)) {
          s.report(tag, tag);
        }
      })));
      rules.add(Rule.of("MARC_TAG_OBSOLETE", Severity.WARNING, (r, s) -> eachField(r, f ->
          def.obsolete(f.getTag()).ifPresent(name -> s.report(f.getTag(), f.getTag(), name)))));
      rules.add(Rule.of("MARC_FIELD_NOT_REPEATABLE", Severity.ERROR, (r, s) -> {
        Set<String> seen = new HashSet<>();
        for (VariableField f : r.getVariableFields()) {
          String tag = f.getTag();
          if (!seen.add(tag) && def.field(tag).map(d -> !d.repeatable()).orElse(false)) {
            s.report(tag, tag);
          }
        }
      }));
      rules.add(Rule.of("MARC_INDICATOR_INVALID", Severity.ERROR, (r, s) -> {
        for (DataField df : r.getDataFields()) {
          Marc21Definition.FieldDefinition d = definitionFor(def, df);
          if (d == null) {
            continue;
          }
          indicator(df, 1, df.getIndicator1(), d.indicator1(), s);
          indicator(df, 2, df.getIndicator2(), d.indicator2(), s);
        }
      }));
      rules.add(Rule.of("MARC_SUBFIELD_UNDEFINED", Severity.ERROR, (r, s) -> {
        for (DataField df : r.getDataFields()) {
          Marc21Definition.FieldDefinition d = definitionFor(def, df);
          if (d == null || d.anySubfield()) {
            continue;
          }
          for (Subfield sf : df.getSubfields()) {
            if (!d.subfields().containsKey(sf.getCode()) && sf.getCode() != LOCAL_SUBFIELD) {
              s.report(df.getTag() + "$" + sf.getCode(), df.getTag(), String.valueOf(sf.getCode()));
            }
          }
        }
      }));
      // $9 where MARC 21 defines none: Koha's authority link and other systems' local data, never an error.
      rules.add(Rule.of("MARC_LOCAL_SUBFIELD", Severity.WARNING, (r, s) -> {
        for (DataField df : r.getDataFields()) {
          Marc21Definition.FieldDefinition d = definitionFor(def, df);
          if (d == null || d.anySubfield() || d.subfields().containsKey(LOCAL_SUBFIELD)) {
            continue;
          }
          for (Subfield sf : df.getSubfields()) {
            if (sf.getCode() == LOCAL_SUBFIELD) {
              s.report(df.getTag() + "$9", df.getTag());
              break;
            }
          }
        }
      }));
      rules.add(Rule.of("MARC_SUBFIELD_NOT_REPEATABLE", Severity.ERROR, (r, s) -> {
        for (DataField df : r.getDataFields()) {
          Marc21Definition.FieldDefinition d = definitionFor(def, df);
          if (d == null || d.anySubfield()) {
            continue;
          }
          Map<Character, Integer> count = new HashMap<>();
          for (Subfield sf : df.getSubfields()) {
            if (count.merge(sf.getCode(), 1, Integer::sum) == 2 && Boolean.FALSE.equals(d.subfields().get(sf.getCode()))) {
              s.report(df.getTag() + "$" + sf.getCode(), df.getTag(), String.valueOf(sf.getCode()));
            }
          }
        }
      }));
      rules.add(Rule.of("MARC_FIELD_EMPTY", Severity.ERROR, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          if (cf.getData() == null || cf.getData().isEmpty()) {
            s.report(cf.getTag(), cf.getTag());
          }
        }
        for (DataField df : r.getDataFields()) {
          if (df.getSubfields().isEmpty()) {
            s.report(df.getTag(), df.getTag());
          }
        }
      }));
      rules.add(Rule.of("MARC_SUBFIELD_EMPTY", Severity.ERROR, (r, s) -> {
        for (DataField df : r.getDataFields()) {
          // the content of a local field is its owner's definition, not MARC 21's
          if (def.field(df.getTag()).isEmpty() && CodedValues.isLocal(df.getTag())) {
            continue;
          }
          for (Subfield sf : df.getSubfields()) {
            if (sf.getData() == null || sf.getData().isBlank()) {
              s.report(df.getTag() + "$" + sf.getCode(), df.getTag(), String.valueOf(sf.getCode()));
            }
          }
        }
      }));
      rules.add(Rule.of("MARC_005_INVALID", Severity.WARNING, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          if (cf.getTag().equals("005") && !cf.getData().matches("\\d{14}\\.\\d")) {
            s.report("005", cf.getData());
          }
        }
      }));
      rules.add(Rule.of("MARC_008_LENGTH", Severity.ERROR, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          if (cf.getTag().equals("008") && cf.getData().length() != 40) {
            s.report("008", cf.getData().length());
          }
        }
      }));
      rules.add(Rule.of("MARC_008_VALUE", Severity.ERROR, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          if (cf.getTag().equals("008") && cf.getData().length() == 40) {
            String type = FixedFields.materialType(r.getLeader().getTypeOfRecord(), r.getLeader().getImplDefined1()[0]);
            FixedFields.check("008", cf.getData(), 0, def.fixedField("ALL"), def.obsoleteValues("ALL"), type, s);
            FixedFields.check("008", cf.getData(), 0, def.fixedField(type), def.obsoleteValues(type), type, s);
          }
        }
      }));
      rules.add(Rule.of("MARC_006_INVALID", Severity.ERROR, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          if (cf.getTag().equals("006")) {
            FixedFields.check006(cf.getData(), def, s);
          }
        }
      }));
      rules.add(Rule.of("MARC_007_INVALID", Severity.ERROR, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          if (cf.getTag().equals("007")) {
            String d = cf.getData();
            Integer length = d.isEmpty() ? null : def.length007(d.charAt(0)).orElse(null);
            if (length == null) {
              s.report("007/00", d.isEmpty() ? "" : d.substring(0, 1), "category");
            } else if (d.length() < 2 || d.length() > length) {
              s.report("007", d.length(), "length 2-" + length);
            }
          }
        }
      }));
      // A value outside the list at 007/01 and after misleads little: older records pad with blanks or "-".
      rules.add(Rule.of("MARC_007_VALUE", Severity.WARNING, (r, s) -> {
        for (ControlField cf : r.getControlFields()) {
          String d = cf.getData();
          if (cf.getTag().equals("007") && d.length() >= 2 && def.length007(d.charAt(0)).map(n -> d.length() <= n).orElse(false)) {
            FixedFields.check007(d, def, s);
          }
        }
      }));
      rules.add(Rule.of("MARC_020_CHECKSUM", Severity.ERROR, (r, s) -> identifiers(r, "020", true, s)));
      rules.add(Rule.of("MARC_022_CHECKSUM", Severity.ERROR, (r, s) -> identifiers(r, "022", false, s)));
      rules.add(Rule.of("MARC_245_MISSING", Severity.ERROR, (r, s) -> {
        if (MarcFields.data(r, "245") == null) {
          s.report("245");
        }
      }));
      rules.add(Rule.of("MARC_1XX_MULTIPLE", Severity.ERROR, (r, s) -> {
        boolean seen = false;
        for (DataField df : r.getDataFields()) {
          if (df.getTag().startsWith("1")) {
            if (seen) {
              s.report(df.getTag(), df.getTag());
            }
            seen = true;
          }
        }
      }));
      rules.add(Rule.of("MARC_880_LINKAGE", Severity.ERROR, Linkage::check));
      rules.addAll(CodedValues.rules(def, allowLocal));
      return rules;
    }

    private interface FieldVisitor {
      void visit(VariableField f);
    }

    private static void eachField(Record r, FieldVisitor v) {
      for (VariableField f : r.getVariableFields()) {
        v.visit(f);
      }
    }

    static boolean validTag(String tag) {
      if (tag == null || tag.length() != 3) {
        return false;
      }
      for (int i = 0; i < 3; i++) {
        if (!Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) > 'z') {
          return false;
        }
      }
      return true;
    }

    // An 880 is checked as the field its $6 names.
    private static Marc21Definition.FieldDefinition definitionFor(Marc21Definition def, DataField df) {
      if (df.getTag().equals("880")) {
        Subfield six = df.getSubfield('6');
        if (six == null || six.getData().length() < 3) {
          return null;
        }
        return def.field(six.getData().substring(0, 3)).orElse(null);
      }
      return def.field(df.getTag()).orElse(null);
    }

    private static void indicator(DataField df, int n, char value, String allowed, Rule.IssueSink s) {
      if (allowed != null && allowed.indexOf(value) < 0) {
        s.report(df.getTag() + "/ind" + n, df.getTag(), n, value == ' ' ? "#" : String.valueOf(value), allowed.replace(' ', '#'));
      }
    }

    private static void leader(Marc21Definition def, Record r, Rule.IssueSink s) {
      String leader = leaderText(r.getLeader());
      for (Marc21Definition.Position p : def.leader()) {
        if (p.end() >= leader.length()) {
          continue;
        }
        String value = leader.substring(p.start(), p.end() + 1);
        boolean ok = p.check().equals("digits") ? value.chars().allMatch(Character::isDigit) : allowed(p.check(), value.charAt(0));
        if (!ok && FixedFields.obsoleteAt(def.obsoleteValues("leader"), p.start(), value) == null) {
          String pos = p.start() == p.end() ? String.format("%02d", p.start()) : String.format("%02d-%02d", p.start(), p.end());
          s.report("leader/" + pos, pos, value.replace(' ', '#'), p.name());
        }
      }
    }

    // The leader as text. marc4j's Leader.marshal() formats numbers with DecimalFormat, which cost more
    // than all other checks of a record together.
    static String leaderText(org.marc4j.marc.Leader l) {
      StringBuilder sb = new StringBuilder(24);
      pad(sb, l.getRecordLength(), 5);
      sb.append(l.getRecordStatus()).append(l.getTypeOfRecord()).append(l.getImplDefined1())
          .append(l.getCharCodingScheme());
      pad(sb, l.getIndicatorCount(), 1);
      pad(sb, l.getSubfieldCodeLength(), 1);
      pad(sb, l.getBaseAddressOfData(), 5);
      sb.append(l.getImplDefined2()).append(l.getEntryMap());
      return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
      String digits = Integer.toString(Math.max(0, value));
      for (int i = digits.length(); i < width; i++) {
        sb.append('0');
      }
      sb.append(digits.length() > width ? digits.substring(digits.length() - width) : digits);
    }

    static boolean allowed(String chars, char c) {
      return chars.indexOf(c == ' ' ? '#' : c) >= 0;
    }

    private static void identifiers(Record r, String tag, boolean isbn, Rule.IssueSink s) {
      for (DataField df : MarcFields.data(r, new String[] {tag})) {
        for (Subfield sf : df.getSubfields('a')) {
          try {
            if (isbn) {
              Isbn.parse(sf.getData());
            } else {
              Issn.parse(sf.getData());
            }
          } catch (InvalidIdentifierException e) {
            s.report(tag + "$a", sf.getData(), e.message(s.context().locale()));
          }
        }
      }
    }
  }

  /** Validation with a fixed context; for callers that validate many records in one language. */
  public ValidationReport validate(Record record, java.util.Locale locale) {
    return profile.validate(record, ValidationContext.of(locale));
  }
}
