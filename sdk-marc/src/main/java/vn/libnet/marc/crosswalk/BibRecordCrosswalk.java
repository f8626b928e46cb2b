package vn.libnet.marc.crosswalk;

import vn.libnet.marc.record.MarcFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Classification;
import vn.libnet.core.model.ClassificationScheme;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.ContributorKind;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Note;
import vn.libnet.core.model.PhysicalDescription;
import vn.libnet.core.model.Publication;
import vn.libnet.core.model.ResourceType;
import vn.libnet.core.model.Subject;
import vn.libnet.core.model.SubjectKind;
import vn.libnet.core.model.Title;
import vn.libnet.core.model.TitleType;

/**
 * MARC 21 bibliographic records to and from the SDK's neutral {@link BibRecord}. The field map is in
 * {@code docs/crosswalk.md}. ISBD punctuation is removed on the way in and written on the way out, so
 * that {@code fromMarc(toMarc(r))} equals {@code r} for what the neutral model holds. Data the model
 * has no place for (local fields, most coded data) is not carried over; nothing here throws on bad
 * data, an absent field simply gives an absent value.
 */
public final class BibRecordCrosswalk {
  private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
  /** Vietnamese and English relator terms found in $e, and their MARC relator codes. */
  private static final Map<String, String> RELATOR_TERMS =
      Map.ofEntries(
          Map.entry("tác giả", "aut"), Map.entry("author", "aut"), Map.entry("chủ biên", "edt"),
          Map.entry("biên tập", "edt"), Map.entry("editor", "edt"), Map.entry("biên soạn", "com"),
          Map.entry("compiler", "com"), Map.entry("dịch", "trl"), Map.entry("người dịch", "trl"),
          Map.entry("translator", "trl"), Map.entry("minh họa", "ill"), Map.entry("minh hoạ", "ill"),
          Map.entry("illustrator", "ill"), Map.entry("hiệu đính", "rev"), Map.entry("giới thiệu", "aui"));

  private BibRecordCrosswalk() {}

  /** The neutral record for a MARC 21 bibliographic record. */
  public static BibRecord fromMarc(Record marc) {
    List<Title> titles = new ArrayList<>();
    DataField f245 = data(marc, "245");
    if (f245 != null) {
      titles.add(new Title(TitleType.MAIN, sub(f245, 'a'), sub(f245, 'b'), sub(f245, 'n'), sub(f245, 'p')));
    }
    for (DataField f : datas(marc, "246")) {
      titles.add(new Title(f.getIndicator2() == '1' ? TitleType.PARALLEL : TitleType.VARIANT, sub(f, 'a'), sub(f, 'b'), sub(f, 'n'), sub(f, 'p')));
    }
    for (String tag : new String[] {"130", "240"}) {
      for (DataField f : datas(marc, tag)) {
        titles.add(new Title(TitleType.UNIFORM, sub(f, 'a'), null, sub(f, 'n'), sub(f, 'p')));
      }
    }
    for (DataField f : datas(marc, "490")) {
      titles.add(new Title(TitleType.SERIES, sub(f, 'a'), null, sub(f, 'v'), null));
    }

    List<Contributor> contributors = new ArrayList<>();
    for (DataField f : marc.getDataFields()) {
      String tag = f.getTag();
      boolean main = tag.startsWith("1") && !tag.equals("130");
      boolean added = tag.equals("700") || tag.equals("710") || tag.equals("711");
      if (!main && !added) {
        continue;
      }
      ContributorKind kind = tag.endsWith("10") ? ContributorKind.ORGANIZATION : tag.endsWith("11") ? ContributorKind.MEETING : ContributorKind.PERSON;
      contributors.add(new Contributor(sub(f, 'a'), kind, role(f, main), sub(f, 'd'), main));
    }

    List<Identifier> identifiers = new ArrayList<>();
    ControlField f001 = control(marc, "001");
    if (f001 != null) {
      identifiers.add(Identifier.of(IdentifierType.LOCAL, f001.getData()));
    }
    for (DataField f : datas(marc, "020")) {
      if (f.getSubfield('a') != null) {
        String[] split = qualified(f.getSubfield('a').getData());
        String qualifier = f.getSubfield('q') != null ? f.getSubfield('q').getData() : split[1];
        identifiers.add(new Identifier(IdentifierType.ISBN, split[0], qualifier));
      }
    }
    for (DataField f : datas(marc, "022")) {
      if (f.getSubfield('a') != null) {
        identifiers.add(Identifier.of(IdentifierType.ISSN, f.getSubfield('a').getData()));
      }
    }
    for (DataField f : datas(marc, "024")) {
      Subfield source = f.getSubfield('2');
      IdentifierType t =
          f.getIndicator1() == '2' ? IdentifierType.ISMN
              : f.getIndicator1() == '7' && source != null && source.getData().equalsIgnoreCase("doi") ? IdentifierType.DOI
              : IdentifierType.OTHER;
      if (f.getSubfield('a') != null) {
        identifiers.add(Identifier.of(t, f.getSubfield('a').getData()));
      }
    }
    for (DataField f : datas(marc, "010")) {
      if (f.getSubfield('a') != null) {
        identifiers.add(Identifier.of(IdentifierType.LCCN, f.getSubfield('a').getData().strip()));
      }
    }
    for (DataField f : datas(marc, "035")) {
      if (f.getSubfield('a') != null) {
        identifiers.add(Identifier.of(IdentifierType.SYSTEM_CONTROL_NUMBER, f.getSubfield('a').getData()));
      }
    }

    DataField imprint = publicationField(marc);
    Publication publication = null;
    Integer year = year(marc, imprint);
    if (imprint != null || year != null) {
      publication = new Publication(
          imprint == null ? null : sub(imprint, 'a'), imprint == null ? null : sub(imprint, 'b'), year,
          imprint == null || imprint.getSubfield('c') == null ? null : Isbd.strip(imprint.getSubfield('c').getData()));
    }
    DataField f300 = data(marc, "300");
    PhysicalDescription physical =
        f300 == null ? null : new PhysicalDescription(sub(f300, 'a'), sub(f300, 'b'), sub(f300, 'c'), sub(f300, 'e'));

    Set<String> languages = new LinkedHashSet<>();
    ControlField f008 = control(marc, "008");
    if (f008 != null && f008.getData().length() >= 38 && f008.getData().substring(35, 38).matches("[a-z]{3}")) {
      languages.add(f008.getData().substring(35, 38));
    }
    for (DataField f : datas(marc, "041")) {
      for (Subfield s : f.getSubfields('a')) {
        languages.add(s.getData().strip());
      }
    }

    List<Subject> subjects = new ArrayList<>();
    for (DataField f : marc.getDataFields()) {
      SubjectKind kind = subjectKind(f.getTag());
      if (kind == null) {
        continue;
      }
      if (f.getTag().equals("653")) {
        for (Subfield s : f.getSubfields('a')) {
          subjects.add(new Subject(s.getData().strip(), SubjectKind.TOPIC, null));
        }
        continue;
      }
      subjects.add(new Subject(subjectTerm(f), kind, subjectScheme(f)));
    }

    List<Classification> classifications = new ArrayList<>();
    for (DataField f : datas(marc, "082")) {
      for (Subfield a : f.getSubfields('a')) {
        classifications.add(new Classification(ClassificationScheme.DDC, a.getData().strip(), sub(f, '2')));
      }
    }
    for (DataField f : datas(marc, "080")) {
      classifications.add(new Classification(ClassificationScheme.UDC, sub(f, 'a'), sub(f, '2')));
    }
    for (DataField f : datas(marc, "050")) {
      String number = sub(f, 'a') + (f.getSubfield('b') == null ? "" : " " + sub(f, 'b'));
      classifications.add(new Classification(ClassificationScheme.LCC, number, null));
    }
    for (DataField f : datas(marc, "084")) {
      String source = sub(f, '2');
      ClassificationScheme scheme = source != null && source.toLowerCase(Locale.ROOT).contains("bbk") ? ClassificationScheme.BBK : ClassificationScheme.OTHER;
      classifications.add(new Classification(scheme, sub(f, 'a'), source));
    }

    List<Note> notes = new ArrayList<>();
    for (DataField f : marc.getDataFields()) {
      String type = switch (f.getTag()) {
        case "500" -> "general";
        case "504" -> "bibliography";
        case "505" -> "contents";
        case "520" -> "summary";
        default -> null;
      };
      if (type != null && f.getSubfield('a') != null) {
        notes.add(new Note(type, f.getSubfield('a').getData().strip()));
      }
    }
    DataField f250 = data(marc, "250");
    return new BibRecord(
        f001 == null ? null : f001.getData(),
        resourceType(marc.getLeader().getTypeOfRecord(), marc.getLeader().getImplDefined1()[0]),
        titles,
        f245 == null ? null : sub(f245, 'c'),
        contributors,
        identifiers,
        f250 == null ? null : sub(f250, 'a'),
        publication,
        physical,
        List.copyOf(languages),
        subjects,
        classifications,
        notes);
  }

  /** A MARC 21 bibliographic record (UTF-8, Leader/09 {@code a}) for a neutral record. */
  public static Record toMarc(BibRecord bib) {
    MarcFactory f = MarcFactory.newInstance();
    char[] typeLevel = leaderCodes(bib.type());
    Record r = f.newRecord("00000n" + typeLevel[0] + typeLevel[1] + " a2200000 i 4500");
    if (bib.id() != null) {
      r.addVariableField(f.newControlField("001", bib.id()));
    }
    Integer year = bib.publication() == null ? null : bib.publication().year();
    String lang = bib.languages().isEmpty() ? "   " : String.format("%-3.3s", bib.languages().get(0));
    // 008/18-34 hold facts the neutral model does not have: the fill character says "not coded".
    r.addVariableField(
        f.newControlField("008", "000000" + (year == null ? "n    " : "s" + year) + "    " + "xx " + "|".repeat(17) + lang + " d"));
    for (Identifier id : bib.identifiers()) {
      switch (id.type()) {
        case ISBN -> add(r, f, "020", ' ', ' ', 'a', id.value(), 'q', id.qualifier());
        case ISSN -> add(r, f, "022", ' ', ' ', 'a', id.value());
        case ISMN -> add(r, f, "024", '2', ' ', 'a', id.value());
        case DOI -> add(r, f, "024", '7', ' ', 'a', id.value(), '2', "doi");
        case LCCN -> add(r, f, "010", ' ', ' ', 'a', id.value());
        case SYSTEM_CONTROL_NUMBER -> add(r, f, "035", ' ', ' ', 'a', id.value());
        case OTHER -> add(r, f, "024", '8', ' ', 'a', id.value());
        default -> {
          // LOCAL is the 001 written above
        }
      }
    }
    for (String language : bib.languages()) {
      add(r, f, "041", '0', ' ', 'a', language);
    }
    for (Classification c : bib.classifications()) {
      switch (c.scheme()) {
        case DDC -> add(r, f, "082", '0', '4', 'a', c.number(), '2', c.edition());
        case UDC -> add(r, f, "080", ' ', ' ', 'a', c.number(), '2', c.edition());
        case LCC -> {
          String[] parts = c.number().split(" ", 2);
          add(r, f, "050", ' ', '4', 'a', parts[0], 'b', parts.length > 1 ? parts[1] : null);
        }
        default -> add(r, f, "084", ' ', ' ', 'a', c.number(), '2', c.scheme() == ClassificationScheme.BBK && c.edition() == null ? "bbk" : c.edition());
      }
    }
    for (Contributor c : bib.contributors()) {
      String tag = (c.main() ? "1" : "7") + (c.kind() == ContributorKind.ORGANIZATION ? "10" : c.kind() == ContributorKind.MEETING ? "11" : "00");
      char ind1 = c.kind() == ContributorKind.PERSON ? '0' : '2';
      add(r, f, tag, ind1, ' ', 'a', c.name() + (c.dates() != null ? "," : ""), 'd', c.dates(), '4', c.role());
    }
    for (Title t : bib.titles()) {
      switch (t.type()) {
        case MAIN -> {
          boolean sub = t.subtitle() != null;
          boolean resp = bib.responsibility() != null;
          String end = resp ? " /" : "";
          add(r, f, "245", hasMainEntry(bib) ? '1' : '0', '0',
              'a', t.title() + (sub ? " :" : t.partNumber() == null && t.partName() == null ? end : "."),
              'b', sub ? t.subtitle() + (t.partNumber() == null && t.partName() == null ? end : ".") : null,
              'n', t.partNumber() == null ? null : t.partNumber() + (t.partName() == null ? end : ","),
              'p', t.partName() == null ? null : t.partName() + end,
              'c', resp ? bib.responsibility() + "." : null);
        }
        case PARALLEL, VARIANT -> add(r, f, "246", '1', t.type() == TitleType.PARALLEL ? '1' : '3', 'a', t.title(), 'b', t.subtitle(), 'n', t.partNumber(), 'p', t.partName());
        case UNIFORM -> add(r, f, hasMainEntry(bib) ? "240" : "130", hasMainEntry(bib) ? '1' : '0', '0', 'a', t.title(), 'n', t.partNumber(), 'p', t.partName());
        case SERIES -> add(r, f, "490", '0', ' ', 'a', t.title() + (t.partNumber() != null ? " ;" : ""), 'v', t.partNumber());
        default -> throw new IllegalStateException("unhandled title type " + t.type());
      }
    }
    if (bib.edition() != null) {
      add(r, f, "250", ' ', ' ', 'a', bib.edition());
    }
    Publication p = bib.publication();
    if (p != null && (p.place() != null || p.publisher() != null || p.date() != null)) {
      add(r, f, "264", ' ', '1',
          'a', p.place() == null ? null : p.place() + (p.publisher() != null ? " :" : ""),
          'b', p.publisher() == null ? null : p.publisher() + (p.date() != null ? "," : ""),
          'c', p.date());
    }
    PhysicalDescription d = bib.physicalDescription();
    if (d != null) {
      add(r, f, "300", ' ', ' ',
          'a', d.extent() == null ? null : d.extent() + (d.otherDetails() != null ? " :" : d.dimensions() != null ? " ;" : ""),
          'b', d.otherDetails() == null ? null : d.otherDetails() + (d.dimensions() != null ? " ;" : ""),
          'c', d.dimensions() == null ? null : d.dimensions() + (d.accompanyingMaterial() != null ? " +" : ""),
          'e', d.accompanyingMaterial());
    }
    for (Note n : bib.notes()) {
      String tag = switch (n.type() == null ? "general" : n.type()) {
        case "bibliography" -> "504";
        case "contents" -> "505";
        case "summary" -> "520";
        default -> "500";
      };
      add(r, f, tag, tag.equals("505") ? '0' : ' ', ' ', 'a', n.text());
    }
    for (Subject s : bib.subjects()) {
      String tag = switch (s.kind()) {
        case PERSON -> "600";
        case ORGANIZATION -> "610";
        case EVENT -> "611";
        case WORK -> "630";
        case PLACE -> "651";
        case GENRE -> "655";
        default -> s.scheme() == null ? "653" : "650";
      };
      if (tag.equals("653")) {
        add(r, f, tag, ' ', ' ', 'a', s.term());
        continue;
      }
      String[] parts = s.term().split(" -- ");
      DataField field = f.newDataField(tag, tag.equals("600") ? '0' : tag.equals("610") || tag.equals("611") ? '2' : tag.equals("630") ? '0' : ' ', schemeIndicator(s.scheme()));
      field.addSubfield(f.newSubfield('a', parts[0]));
      for (int i = 1; i < parts.length; i++) {
        field.addSubfield(f.newSubfield('x', parts[i]));
      }
      if (schemeIndicator(s.scheme()) == '7') {
        field.addSubfield(f.newSubfield('2', s.scheme()));
      }
      r.addVariableField(field);
    }
    return r;
  }

  private static boolean hasMainEntry(BibRecord bib) {
    return bib.contributors().stream().anyMatch(Contributor::main);
  }

  private static void add(Record r, MarcFactory f, String tag, char i1, char i2, Object... codeValues) {
    DataField field = f.newDataField(tag, i1, i2);
    for (int i = 0; i < codeValues.length; i += 2) {
      Object value = codeValues[i + 1];
      if (value != null) {
        field.addSubfield(f.newSubfield((Character) codeValues[i], value.toString()));
      }
    }
    if (!field.getSubfields().isEmpty()) {
      r.addVariableField(field);
    }
  }

  private static String role(DataField f, boolean main) {
    Subfield code = f.getSubfield('4');
    if (code != null) {
      return code.getData().strip();
    }
    Subfield term = f.getSubfield('e');
    if (term != null) {
      String t = Isbd.strip(term.getData()).toLowerCase(Locale.ROOT);
      String mapped = RELATOR_TERMS.get(t);
      if (mapped != null) {
        return mapped;
      }
    }
    return main ? "aut" : "ctb";
  }

  // "9786041012349 (bìa mềm)" -> {"9786041012349", "(bìa mềm)"}
  private static String[] qualified(String value) {
    String v = value.strip();
    int paren = v.indexOf(" (");
    return paren < 0 ? new String[] {v, null} : new String[] {v.substring(0, paren).strip(), v.substring(paren + 1).strip()};
  }

  private static DataField publicationField(Record marc) {
    for (DataField f : datas(marc, "264")) {
      if (f.getIndicator2() == '1') {
        return f;
      }
    }
    DataField f260 = data(marc, "260");
    return f260 != null ? f260 : data(marc, "264");
  }

  private static Integer year(Record marc, DataField imprint) {
    ControlField f008 = control(marc, "008");
    if (f008 != null && f008.getData().length() >= 11 && f008.getData().substring(7, 11).matches("\\d{4}")) {
      return Integer.valueOf(f008.getData().substring(7, 11));
    }
    if (imprint != null && imprint.getSubfield('c') != null) {
      Matcher m = YEAR.matcher(imprint.getSubfield('c').getData());
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }

  static ResourceType resourceType(char type, char level) {
    return switch (type) {
      case 'a' -> level == 'b' || level == 'i' || level == 's' ? ResourceType.SERIAL : ResourceType.TEXT;
      case 't' -> ResourceType.MANUSCRIPT;
      case 'c', 'd' -> ResourceType.NOTATED_MUSIC;
      case 'e', 'f' -> ResourceType.CARTOGRAPHIC;
      case 'g' -> ResourceType.MOVING_IMAGE;
      case 'i', 'j' -> ResourceType.SOUND_RECORDING;
      case 'k' -> ResourceType.STILL_IMAGE;
      case 'm' -> ResourceType.COMPUTER_FILE;
      case 'o', 'p' -> ResourceType.MIXED_MATERIALS;
      case 'r' -> ResourceType.THREE_DIMENSIONAL;
      default -> ResourceType.TEXT;
    };
  }

  private static char[] leaderCodes(ResourceType type) {
    return switch (type) {
      case SERIAL -> new char[] {'a', 's'};
      case MANUSCRIPT -> new char[] {'t', 'm'};
      case NOTATED_MUSIC -> new char[] {'c', 'm'};
      case CARTOGRAPHIC -> new char[] {'e', 'm'};
      case MOVING_IMAGE -> new char[] {'g', 'm'};
      case SOUND_RECORDING -> new char[] {'j', 'm'};
      case STILL_IMAGE -> new char[] {'k', 'm'};
      case COMPUTER_FILE -> new char[] {'m', 'm'};
      case MIXED_MATERIALS -> new char[] {'p', 'c'};
      case THREE_DIMENSIONAL -> new char[] {'r', 'm'};
      default -> new char[] {'a', 'm'};
    };
  }

  private static SubjectKind subjectKind(String tag) {
    return switch (tag) {
      case "600" -> SubjectKind.PERSON;
      case "610" -> SubjectKind.ORGANIZATION;
      case "611" -> SubjectKind.EVENT;
      case "630" -> SubjectKind.WORK;
      case "650", "653" -> SubjectKind.TOPIC;
      case "651" -> SubjectKind.PLACE;
      case "655" -> SubjectKind.GENRE;
      default -> null;
    };
  }

  // $a (and for names $d) followed by the subdivisions $v $x $y $z, joined with " -- ".
  private static String subjectTerm(DataField f) {
    List<String> parts = new ArrayList<>();
    for (Subfield s : f.getSubfields()) {
      char c = s.getCode();
      if (c == 'a' || c == 'v' || c == 'x' || c == 'y' || c == 'z') {
        parts.add(Isbd.strip(s.getData()));
      }
    }
    return String.join(" -- ", parts);
  }

  private static String subjectScheme(DataField f) {
    return switch (f.getIndicator2()) {
      case '0' -> "lcsh";
      case '1' -> "lcshac";
      case '2' -> "mesh";
      case '3' -> "nal";
      case '5' -> "cash";
      case '6' -> "rvm";
      case '7' -> sub(f, '2');
      default -> null;
    };
  }

  private static char schemeIndicator(String scheme) {
    if (scheme == null) {
      return '4';
    }
    return switch (scheme) {
      case "lcsh" -> '0';
      case "lcshac" -> '1';
      case "mesh" -> '2';
      case "nal" -> '3';
      case "cash" -> '5';
      case "rvm" -> '6';
      default -> '7';
    };
  }

  private static String sub(DataField f, char code) {
    Subfield s = f.getSubfield(code);
    return s == null ? null : Isbd.strip(s.getData());
  }

  private static DataField data(Record r, String tag) {
    return MarcFields.data(r, tag);
  }

  private static List<DataField> datas(Record r, String tag) {
    return MarcFields.data(r, new String[] {tag});
  }

  private static ControlField control(Record r, String tag) {
    return MarcFields.control(r, tag);
  }
}
