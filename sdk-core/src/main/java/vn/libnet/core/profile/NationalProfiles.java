package vn.libnet.core.profile;

import static vn.libnet.core.profile.Checks.blank;
import static vn.libnet.core.validation.Severity.ERROR;
import static vn.libnet.core.validation.Severity.INFO;
import static vn.libnet.core.validation.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.libnet.core.id.InvalidIdentifierException;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.id.Isil;
import vn.libnet.core.id.Issn;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.ClassificationScheme;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.EndpointKind;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Item;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.Province;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.ServiceEndpoint;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.model.Title;
import vn.libnet.core.model.TitleType;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The national profiles, version 1: what the national hub requires of each model before it accepts
 * it.
 *
 * <table>
 *   <caption>Profiles</caption>
 *   <tr><th>name</th><th>model</th></tr>
 *   <tr><td>{@code vn-library}</td><td>{@link Library}, the national database of libraries</td></tr>
 *   <tr><td>{@code vn-bibrecord}</td><td>{@link BibRecord}, the union catalogue</td></tr>
 *   <tr><td>{@code vn-holding}</td><td>{@link Holding}</td></tr>
 *   <tr><td>{@code vn-digital-object}</td><td>{@link DigitalObject}, the digitization programme</td></tr>
 *   <tr><td>{@code vn-statistics}</td><td>{@link StatisticsReport} (TCVN 12843:2019)</td></tr>
 * </table>
 *
 * <p>Every profile also applies the text rules to every string: Unicode NFC ({@code TEXT_NOT_NFC}), no
 * text left in a legacy encoding ({@code TEXT_LEGACY_ENCODING}), no control characters, no stray white
 * space. Every code, its severity and its meaning are listed in {@code docs/rules.md}.
 */
public final class NationalProfiles {
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{3}$");
  private static final Pattern RELATOR = Pattern.compile("^[a-z]{3}$");
  private static final Pattern DDC = Pattern.compile("^\\d{3}(\\.\\d+)?$");
  private static final Pattern UDC = Pattern.compile("^[0-9(\"=\\-\\[][0-9A-Za-z.:+/()\"=\\-\\[\\]'*<>!, ]*$");

  private static final Profile<Library> LIBRARY = library0();
  private static final Profile<BibRecord> BIB_RECORD = bibRecord0();
  private static final Profile<Holding> HOLDING = holding0();
  private static final Profile<DigitalObject> DIGITAL_OBJECT = digitalObject0();
  private static final Profile<StatisticsReport> STATISTICS = statistics0();

  private NationalProfiles() {}

  /** {@code vn-library} v1, for the national database of libraries. */
  public static Profile<Library> library() {
    return LIBRARY;
  }

  /** {@code vn-bibrecord} v1, for bibliographic records in the neutral model. */
  public static Profile<BibRecord> bibRecord() {
    return BIB_RECORD;
  }

  /** {@code vn-holding} v1. */
  public static Profile<Holding> holding() {
    return HOLDING;
  }

  /** {@code vn-digital-object} v1. */
  public static Profile<DigitalObject> digitalObject() {
    return DIGITAL_OBJECT;
  }

  /** {@code vn-statistics} v1. */
  public static Profile<StatisticsReport> statistics() {
    return STATISTICS;
  }

  /** Every national profile, in the order above. */
  public static List<Profile<?>> all() {
    return List.of(LIBRARY, BIB_RECORD, HOLDING, DIGITAL_OBJECT, STATISTICS);
  }

  /** The profile called {@code name} (e.g. {@code vn-library}); empty for an unknown name. */
  public static Optional<Profile<?>> byName(String name) {
    return all().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  // ---- vn-library ---------------------------------------------------------------------------

  private static Profile<Library> library0() {
    List<Rule<Library>> rules = new ArrayList<>();
    rules.add(present("LIBRARY_ISIL_MISSING", "/isil", Library::isil));
    rules.add(Rule.of("LIBRARY_ISIL_INVALID", ERROR, (l, s) -> Checks.isil(l.isil(), "/isil", s)));
    rules.add(
        Rule.of(
            "LIBRARY_ISIL_NOT_VN",
            WARNING,
            (l, s) ->
                Checks.parsedIsil(l.isil())
                    .filter(i -> !i.isVietnamese())
                    .ifPresent(i -> s.report("/isil", i))));
    rules.add(present("LIBRARY_NAME_MISSING", "/name", Library::name));
    rules.add(
        Rule.of(
            "LIBRARY_TYPE_MISSING",
            ERROR,
            (l, s) -> {
              if (l.type() == null) {
                s.report("/type");
              }
            }));
    rules.add(
        Rule.of(
            "LIBRARY_PARENT_MISSING",
            WARNING,
            (l, s) -> {
              if (blank(l.parentOrganization()) && l.type() != LibraryType.COMMUNITY_AND_PRIVATE) {
                s.report("/parentOrganization");
              }
            }));
    rules.add(
        Rule.of(
            "LIBRARY_ADDRESS_MISSING",
            ERROR,
            (l, s) -> {
              if (l.address() == null) {
                s.report("/address");
              }
            }));
    rules.add(
        Rule.of(
            "PROVINCE_MISSING",
            ERROR,
            (l, s) -> {
              if (l.address() != null && blank(l.address().provinceCode())) {
                s.report("/address/provinceCode");
              }
            }));
    rules.add(
        Rule.of(
            "PROVINCE_UNKNOWN",
            ERROR,
            (l, s) -> {
              String code = l.address() == null ? null : l.address().provinceCode();
              if (!blank(code) && Province.byCode(code).isEmpty()) {
                s.report("/address/provinceCode", code);
              }
            }));
    rules.add(
        Rule.of(
            "PROVINCE_FORMER",
            WARNING,
            (l, s) -> {
              String code = l.address() == null ? null : l.address().provinceCode();
              Province.byCode(code)
                  .filter(p -> !p.inForce())
                  .ifPresent(p -> s.report("/address/provinceCode", code, p.name(), successors(p)));
            }));
    rules.add(
        Rule.of(
            "LIBRARY_ESTABLISHED_IN_FUTURE",
            ERROR,
            (l, s) -> {
              if (l.establishedYear() != null && l.establishedYear() > s.context().today().getYear()) {
                s.report("/establishedYear", l.establishedYear());
              }
            }));
    rules.add(
        Rule.of(
            "LIBRARY_WEBSITE_INVALID",
            WARNING,
            (l, s) -> {
              if (!blank(l.website()) && !Checks.absoluteUri(l.website(), "https", "http")) {
                s.report("/website", l.website());
              }
            }));
    rules.add(
        Rule.of(
            "CONTACT_EMAIL_INVALID",
            ERROR,
            (l, s) -> {
              for (int i = 0; i < l.contacts().size(); i++) {
                String email = l.contacts().get(i).email();
                if (!blank(email) && !Checks.email(email.strip())) {
                  s.report("/contacts/" + i + "/email", email);
                }
              }
            }));
    rules.add(
        Rule.of(
            "ENDPOINT_KIND_MISSING",
            ERROR,
            (l, s) -> {
              for (int i = 0; i < l.endpoints().size(); i++) {
                if (l.endpoints().get(i).kind() == null) {
                  s.report("/endpoints/" + i + "/kind");
                }
              }
            }));
    rules.add(
        Rule.of(
            "ENDPOINT_URL_INVALID",
            ERROR,
            (l, s) -> {
              for (int i = 0; i < l.endpoints().size(); i++) {
                ServiceEndpoint e = l.endpoints().get(i);
                boolean z3950 = e.kind() == EndpointKind.Z39_50;
                boolean ok =
                    !blank(e.url())
                        && (z3950
                            ? Checks.absoluteUri(e.url(), "z3950", "tcp")
                            : Checks.absoluteUri(e.url(), "https"));
                if (!ok) {
                  s.report("/endpoints/" + i + "/url", String.valueOf(e.url()), z3950 ? "z3950://" : "https://");
                }
              }
            }));
    rules.add(
        Rule.of(
            "LIBRARY_KEY_ID_INVALID",
            ERROR,
            (l, s) -> {
              if (blank(l.isil())) {
                return; // reported as LIBRARY_ISIL_MISSING; nothing to compare the key ids with
              }
              for (int i = 0; i < l.publicKeys().size(); i++) {
                PublicKeyInfo k = l.publicKeys().get(i);
                String expected = Checks.parsedIsil(l.isil()).map(Isil::toString).orElse(l.isil().strip()) + "#";
                if (blank(k.keyId()) || !k.keyId().startsWith(expected) || k.keyId().length() == expected.length()) {
                  s.report("/publicKeys/" + i + "/keyId", String.valueOf(k.keyId()), expected);
                }
              }
            }));
    rules.addAll(TextRules.all());
    return Profile.of("vn-library", "1", Library.class, rules);
  }

  private static String successors(Province former) {
    return former.successorCodes().stream()
        .map(c -> c + " (" + Province.byCode(c).map(Province::name).orElse("?") + ")")
        .collect(Collectors.joining(", "));
  }

  // ---- vn-bibrecord -------------------------------------------------------------------------

  private static Profile<BibRecord> bibRecord0() {
    List<Rule<BibRecord>> rules = new ArrayList<>();
    rules.add(
        Rule.of(
            "BIB_TITLE_MISSING",
            ERROR,
            (r, s) -> {
              if (r.titles().stream().noneMatch(t -> t.type() == TitleType.MAIN)) {
                s.report("/titles");
              }
            }));
    rules.add(
        Rule.of(
            "BIB_TITLE_MAIN_REPEATED",
            ERROR,
            (r, s) -> {
              boolean seen = false;
              for (int i = 0; i < r.titles().size(); i++) {
                if (r.titles().get(i).type() == TitleType.MAIN) {
                  if (seen) {
                    s.report("/titles/" + i);
                  }
                  seen = true;
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_TITLE_EMPTY",
            ERROR,
            (r, s) -> {
              for (int i = 0; i < r.titles().size(); i++) {
                Title t = r.titles().get(i);
                if (blank(t.title())) {
                  s.report("/titles/" + i + "/title");
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_MAIN_ENTRY_REPEATED",
            ERROR,
            (r, s) -> {
              boolean seen = false;
              for (int i = 0; i < r.contributors().size(); i++) {
                if (r.contributors().get(i).main()) {
                  if (seen) {
                    s.report("/contributors/" + i);
                  }
                  seen = true;
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_CONTRIBUTOR_NAME_MISSING",
            ERROR,
            (r, s) -> {
              for (int i = 0; i < r.contributors().size(); i++) {
                if (blank(r.contributors().get(i).name())) {
                  s.report("/contributors/" + i + "/name");
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_RELATOR_INVALID",
            WARNING,
            (r, s) -> {
              for (int i = 0; i < r.contributors().size(); i++) {
                Contributor c = r.contributors().get(i);
                if (c.role() != null && !RELATOR.matcher(c.role()).matches()) {
                  s.report("/contributors/" + i + "/role", c.role());
                }
              }
            }));
    rules.add(identifierRule("BIB_ISBN_INVALID", IdentifierType.ISBN, Isbn::parse));
    rules.add(identifierRule("BIB_ISSN_INVALID", IdentifierType.ISSN, Issn::parse));
    rules.add(
        Rule.of(
            "BIB_ISBN_DUPLICATE",
            WARNING,
            (r, s) -> {
              Set<Isbn> seen = new HashSet<>();
              for (int i = 0; i < r.identifiers().size(); i++) {
                if (r.identifiers().get(i).type() != IdentifierType.ISBN) {
                  continue;
                }
                Optional<Isbn> isbn = Isbn.tryParse(r.identifiers().get(i).value());
                if (isbn.isPresent() && !seen.add(isbn.get().toIsbn13())) {
                  s.report("/identifiers/" + i + "/value", r.identifiers().get(i).value());
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_LANGUAGE_MISSING",
            WARNING,
            (r, s) -> {
              if (r.languages().isEmpty()) {
                s.report("/languages");
              }
            }));
    rules.add(
        Rule.of(
            "BIB_LANGUAGE_INVALID",
            ERROR,
            (r, s) -> {
              for (int i = 0; i < r.languages().size(); i++) {
                if (!LANGUAGE.matcher(r.languages().get(i)).matches()) {
                  s.report("/languages/" + i, r.languages().get(i));
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_PUBLISHER_MISSING",
            WARNING,
            (r, s) -> {
              if (r.publication() == null || blank(r.publication().publisher())) {
                s.report("/publication/publisher");
              }
            }));
    rules.add(
        Rule.of(
            "BIB_YEAR_MISSING",
            WARNING,
            (r, s) -> {
              if (r.publication() == null || r.publication().year() == null) {
                s.report("/publication/year");
              }
            }));
    rules.add(
        Rule.of(
            "BIB_YEAR_IN_FUTURE",
            ERROR,
            (r, s) -> {
              Integer year = r.publication() == null ? null : r.publication().year();
              int limit = s.context().today().getYear() + 1;
              if (year != null && year > limit) {
                s.report("/publication/year", year, limit);
              }
            }));
    rules.add(
        Rule.of(
            "BIB_EXTENT_MISSING",
            WARNING,
            (r, s) -> {
              if (r.physicalDescription() == null || blank(r.physicalDescription().extent())) {
                s.report("/physicalDescription/extent");
              }
            }));
    rules.add(
        Rule.of(
            "BIB_CLASSIFICATION_MISSING",
            WARNING,
            (r, s) -> {
              boolean any =
                  r.classifications().stream()
                      .anyMatch(c -> c.scheme() == ClassificationScheme.DDC || c.scheme() == ClassificationScheme.UDC);
              if (!any) {
                s.report("/classifications");
              }
            }));
    rules.add(
        Rule.of(
            "BIB_CLASSIFICATION_INVALID",
            ERROR,
            (r, s) -> {
              for (int i = 0; i < r.classifications().size(); i++) {
                var c = r.classifications().get(i);
                String n = c.number() == null ? "" : c.number().strip();
                boolean ok =
                    c.scheme() == ClassificationScheme.DDC
                        ? DDC.matcher(n.replace("/", "").replace("'", "")).matches()
                        : c.scheme() == ClassificationScheme.UDC ? UDC.matcher(n).matches() : !n.isEmpty();
                if (!ok) {
                  s.report("/classifications/" + i + "/number", n, c.scheme());
                }
              }
            }));
    rules.add(
        Rule.of(
            "BIB_SUBJECT_MISSING",
            WARNING,
            (r, s) -> {
              if (r.subjects().isEmpty()) {
                s.report("/subjects");
              }
            }));
    rules.addAll(TextRules.all());
    return Profile.of("vn-bibrecord", "1", BibRecord.class, rules);
  }

  private interface IdentifierParser {
    Object parse(String text);
  }

  private static Rule<BibRecord> identifierRule(String code, IdentifierType type, IdentifierParser parser) {
    return Rule.of(
        code,
        ERROR,
        (r, s) -> {
          for (int i = 0; i < r.identifiers().size(); i++) {
            var id = r.identifiers().get(i);
            if (id.type() != type) {
              continue;
            }
            try {
              parser.parse(id.value());
            } catch (InvalidIdentifierException e) {
              s.report("/identifiers/" + i + "/value", String.valueOf(id.value()), e.message(s.context().locale()));
            }
          }
        });
  }

  // ---- vn-holding ---------------------------------------------------------------------------

  private static Profile<Holding> holding0() {
    List<Rule<Holding>> rules = new ArrayList<>();
    rules.add(present("HOLDING_OWNER_MISSING", "/ownerIsil", Holding::ownerIsil));
    rules.add(Rule.of("HOLDING_OWNER_INVALID", ERROR, (h, s) -> Checks.isil(h.ownerIsil(), "/ownerIsil", s)));
    rules.add(present("HOLDING_LOCAL_ID_MISSING", "/localId", Holding::localId));
    rules.add(present("HOLDING_RECORD_MISSING", "/recordId", Holding::recordId));
    rules.add(presentAs("HOLDING_CALL_NUMBER_MISSING", WARNING, "/callNumber", Holding::callNumber));
    rules.add(
        Rule.of(
            "HOLDING_NO_ITEMS",
            INFO,
            (h, s) -> {
              if (h.items().isEmpty()) {
                s.report("/items");
              }
            }));
    rules.add(
        Rule.of(
            "ITEM_BARCODE_MISSING",
            WARNING,
            (h, s) -> {
              for (int i = 0; i < h.items().size(); i++) {
                if (blank(h.items().get(i).barcode())) {
                  s.report("/items/" + i + "/barcode");
                }
              }
            }));
    rules.add(
        Rule.of(
            "ITEM_BARCODE_DUPLICATE",
            ERROR,
            (h, s) -> {
              Map<String, Integer> first = new HashMap<>();
              for (int i = 0; i < h.items().size(); i++) {
                Item item = h.items().get(i);
                if (blank(item.barcode())) {
                  continue;
                }
                Integer earlier = first.putIfAbsent(item.barcode().strip(), i);
                if (earlier != null) {
                  s.report("/items/" + i + "/barcode", item.barcode(), "/items/" + earlier);
                }
              }
            }));
    rules.addAll(TextRules.all());
    return Profile.of("vn-holding", "1", Holding.class, rules);
  }

  // ---- vn-digital-object --------------------------------------------------------------------

  private static Profile<DigitalObject> digitalObject0() {
    List<Rule<DigitalObject>> rules = new ArrayList<>();
    rules.add(present("DIGITAL_ID_MISSING", "/id", DigitalObject::id));
    rules.add(present("DIGITAL_OWNER_MISSING", "/ownerIsil", DigitalObject::ownerIsil));
    rules.add(Rule.of("DIGITAL_OWNER_INVALID", ERROR, (d, s) -> Checks.isil(d.ownerIsil(), "/ownerIsil", s)));
    rules.add(presentAs("DIGITAL_RECORD_MISSING", WARNING, "/recordId", DigitalObject::recordId));
    rules.add(present("DIGITAL_RIGHTS_MISSING", "/rights", DigitalObject::rights));
    rules.add(
        Rule.of(
            "DIGITAL_ACCESS_MISSING",
            ERROR,
            (d, s) -> {
              if (d.accessLevel() == null) {
                s.report("/accessLevel");
              }
            }));
    rules.add(
        Rule.of(
            "DIGITAL_CREATED_IN_FUTURE",
            ERROR,
            (d, s) -> {
              if (d.created() != null && d.created().isAfter(s.context().today())) {
                s.report("/created", d.created());
              }
            }));
    rules.add(
        Rule.of(
            "DIGITAL_FILES_MISSING",
            ERROR,
            (d, s) -> {
              if (d.files().isEmpty()) {
                s.report("/files");
              }
            }));
    rules.add(fileRule("DIGITAL_FILE_NAME_MISSING", (f, path, s) -> {
      if (blank(f.name())) {
        s.report(path + "/name");
      }
    }));
    rules.add(fileRule("DIGITAL_FILE_NAME_UNSAFE", (f, path, s) -> {
      if (!blank(f.name()) && unsafePath(f.name())) {
        s.report(path + "/name", f.name());
      }
    }));
    rules.add(
        Rule.of(
            "DIGITAL_FILE_NAME_DUPLICATE",
            ERROR,
            (d, s) -> {
              Set<String> seen = new HashSet<>();
              for (int i = 0; i < d.files().size(); i++) {
                String name = d.files().get(i).name();
                if (!blank(name) && !seen.add(name.strip())) {
                  s.report("/files/" + i + "/name", name);
                }
              }
            }));
    rules.add(fileRule("DIGITAL_FILE_SIZE_INVALID", (f, path, s) -> {
      if (f.size() == null || f.size() <= 0) {
        s.report(path + "/size", String.valueOf(f.size()));
      }
    }));
    rules.add(fileRule("DIGITAL_FILE_MEDIA_TYPE_INVALID", (f, path, s) -> {
      if (blank(f.mediaType()) || !Checks.mediaType(f.mediaType().strip())) {
        s.report(path + "/mediaType", String.valueOf(f.mediaType()));
      }
    }));
    rules.add(fileRule("DIGITAL_FILE_SHA256_INVALID", (f, path, s) -> {
      if (blank(f.sha256()) || !Checks.sha256(f.sha256())) {
        s.report(path + "/sha256", String.valueOf(f.sha256()));
      }
    }));
    rules.addAll(TextRules.all());
    return Profile.of("vn-digital-object", "1", DigitalObject.class, rules);
  }

  private interface FileCheck {
    void check(DigitalFile file, String path, Rule.IssueSink sink);
  }

  private static Rule<DigitalObject> fileRule(String code, FileCheck check) {
    return Rule.of(
        code,
        ERROR,
        (d, s) -> {
          for (int i = 0; i < d.files().size(); i++) {
            check.check(d.files().get(i), "/files/" + i, s);
          }
        });
  }

  // A manifest path must stay inside the object: no absolute paths, drive letters or "..".
  private static boolean unsafePath(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  // ---- vn-statistics ------------------------------------------------------------------------

  private static Profile<StatisticsReport> statistics0() {
    List<Rule<StatisticsReport>> rules = new ArrayList<>();
    rules.add(present("STATS_ISIL_MISSING", "/isil", StatisticsReport::isil));
    rules.add(Rule.of("STATS_ISIL_INVALID", ERROR, (r, s) -> Checks.isil(r.isil(), "/isil", s)));
    rules.add(
        Rule.of(
            "STATS_YEAR_MISSING",
            ERROR,
            (r, s) -> {
              if (r.year() == null) {
                s.report("/year");
              }
            }));
    rules.add(
        Rule.of(
            "STATS_YEAR_IN_FUTURE",
            ERROR,
            (r, s) -> {
              if (r.year() != null && r.year() > s.context().today().getYear()) {
                s.report("/year", r.year());
              }
            }));
    rules.add(
        Rule.of(
            "STATS_EMPTY",
            WARNING,
            (r, s) -> {
              if (r.values().isEmpty()) {
                s.report("/values");
              }
            }));
    rules.add(
        Rule.of(
            "STATS_VALUE_NEGATIVE",
            ERROR,
            (r, s) ->
                r.values()
                    .forEach(
                        (k, v) -> {
                          if (v.signum() < 0) {
                            s.report("/values/" + k.name(), v.toPlainString());
                          }
                        })));
    rules.add(
        Rule.of(
            "STATS_ACTIVE_EXCEEDS_REGISTERED",
            WARNING,
            (r, s) -> {
              BigDecimal active = r.values().get(StatisticsIndicator.ACTIVE_USERS);
              BigDecimal registered = r.values().get(StatisticsIndicator.REGISTERED_USERS);
              if (active != null && registered != null && active.compareTo(registered) > 0) {
                s.report("/values/ACTIVE_USERS", active.toPlainString(), registered.toPlainString());
              }
            }));
    rules.addAll(TextRules.all());
    return Profile.of("vn-statistics", "1", StatisticsReport.class, rules);
  }

  // ---- shared -------------------------------------------------------------------------------

  private interface Getter<T> {
    String get(T document);
  }

  private static <T> Rule<T> present(String code, String path, Getter<T> getter) {
    return presentAs(code, ERROR, path, getter);
  }

  private static <T> Rule<T> presentAs(String code, Severity severity, String path, Getter<T> getter) {
    return Rule.of(
        code,
        severity,
        (d, s) -> {
          if (blank(getter.get(d))) {
            s.report(path);
          }
        });
  }

}
