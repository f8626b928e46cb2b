package vn.libnet.core.profile;

import static vn.libnet.core.profile.Checks.blank;
import static vn.libnet.core.profile.RuleShapes.atMostOne;
import static vn.libnet.core.profile.RuleShapes.eachElement;
import static vn.libnet.core.profile.RuleShapes.required;
import static vn.libnet.core.profile.RuleShapes.unique;
import static vn.libnet.core.validation.Severity.ERROR;
import static vn.libnet.core.validation.Severity.INFO;
import static vn.libnet.core.validation.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Item;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.Province;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.model.TitleType;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;

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
    rules.add(required("LIBRARY_ISIL_MISSING", ERROR, "/isil", Library::isil));
    rules.add(Rule.of("LIBRARY_ISIL_INVALID", ERROR, (l, s) -> Checks.isil(l.isil(), "/isil", s)));
    rules.add(
        Rule.of(
            "LIBRARY_ISIL_NOT_VN",
            WARNING,
            (l, s) ->
                Checks.parsedIsil(l.isil())
                    .filter(i -> !i.isVietnamese())
                    .ifPresent(i -> s.report("/isil", i))));
    rules.add(required("LIBRARY_NAME_MISSING", ERROR, "/name", Library::name));
    rules.add(required("LIBRARY_TYPE_MISSING", ERROR, "/type", Library::type));
    rules.add(
        required(
            "LIBRARY_PARENT_MISSING",
            WARNING,
            "/parentOrganization",
            // community and private libraries have no governing body
            l -> l.type() == LibraryType.COMMUNITY_AND_PRIVATE ? "-" : l.parentOrganization()));
    rules.add(required("LIBRARY_ADDRESS_MISSING", ERROR, "/address", Library::address));
    rules.add(
        required(
            "PROVINCE_MISSING",
            ERROR,
            "/address/provinceCode",
            l -> l.address() == null ? "-" : l.address().provinceCode()));
    rules.add(
        Rule.of(
            "PROVINCE_UNKNOWN",
            ERROR,
            (l, s) -> {
              String code = provinceCode(l);
              if (!blank(code) && Province.byCode(code).isEmpty()) {
                s.report("/address/provinceCode", code);
              }
            }));
    rules.add(
        Rule.of(
            "PROVINCE_FORMER",
            WARNING,
            (l, s) ->
                Province.byCode(provinceCode(l))
                    .filter(p -> !p.inForce())
                    .ifPresent(p -> s.report("/address/provinceCode", provinceCode(l), p.name(), successors(p)))));
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
        eachElement(
            "CONTACT_EMAIL_INVALID",
            ERROR,
            Library::contacts,
            "/contacts/",
            (c, path, s) -> {
              if (!blank(c.email()) && !Checks.email(c.email().strip())) {
                s.report(path + "/email", c.email());
              }
            }));
    rules.add(
        eachElement(
            "ENDPOINT_KIND_MISSING",
            ERROR,
            Library::endpoints,
            "/endpoints/",
            (e, path, s) -> {
              if (e.kind() == null) {
                s.report(path + "/kind");
              }
            }));
    rules.add(
        eachElement(
            "ENDPOINT_URL_INVALID",
            ERROR,
            Library::endpoints,
            "/endpoints/",
            (e, path, s) -> {
              boolean z3950 = e.kind() == EndpointKind.Z39_50;
              boolean ok =
                  !blank(e.url())
                      && (z3950
                          ? Checks.absoluteUri(e.url(), "z3950", "tcp")
                          : Checks.absoluteUri(e.url(), "https"));
              if (!ok) {
                s.report(path + "/url", String.valueOf(e.url()), z3950 ? "z3950://" : "https://");
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
              String expected =
                  Checks.parsedIsil(l.isil()).map(Isil::toString).orElse(l.isil().strip()) + "#";
              for (int i = 0; i < l.publicKeys().size(); i++) {
                String keyId = l.publicKeys().get(i).keyId();
                if (blank(keyId) || !keyId.startsWith(expected) || keyId.length() == expected.length()) {
                  s.report("/publicKeys/" + i + "/keyId", String.valueOf(keyId), expected);
                }
              }
            }));
    rules.add(DesignationRule.rule());
    rules.addAll(TextRules.all());
    return Profile.of("vn-library", "1", Library.class, rules);
  }

  private static String provinceCode(Library l) {
    return l.address() == null ? null : l.address().provinceCode();
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
        required(
            "BIB_TITLE_MISSING", ERROR, "/titles", r -> r.mainTitle().orElse(null)));
    rules.add(atMostOne("BIB_TITLE_MAIN_REPEATED", BibRecord::titles, "/titles/", t -> t.type() == TitleType.MAIN));
    rules.add(
        eachElement(
            "BIB_TITLE_EMPTY",
            ERROR,
            BibRecord::titles,
            "/titles/",
            (t, path, s) -> {
              if (blank(t.title())) {
                s.report(path + "/title");
              }
            }));
    rules.add(atMostOne("BIB_MAIN_ENTRY_REPEATED", BibRecord::contributors, "/contributors/", Contributor::main));
    rules.add(
        eachElement(
            "BIB_CONTRIBUTOR_NAME_MISSING",
            ERROR,
            BibRecord::contributors,
            "/contributors/",
            (c, path, s) -> {
              if (blank(c.name())) {
                s.report(path + "/name");
              }
            }));
    rules.add(
        eachElement(
            "BIB_RELATOR_INVALID",
            WARNING,
            BibRecord::contributors,
            "/contributors/",
            (c, path, s) -> {
              if (c.role() != null && !RELATOR.matcher(c.role()).matches()) {
                s.report(path + "/role", c.role());
              }
            }));
    rules.add(identifierRule("BIB_ISBN_INVALID", IdentifierType.ISBN, Isbn::parse));
    rules.add(identifierRule("BIB_ISSN_INVALID", IdentifierType.ISSN, Issn::parse));
    rules.add(
        unique(
            "BIB_ISBN_DUPLICATE",
            WARNING,
            BibRecord::identifiers,
            "/identifiers/",
            "/value",
            Identifier::value,
            // ISBN-10 and ISBN-13 of one book count as the same
            id -> id.type() == IdentifierType.ISBN ? Isbn.tryParse(id.value()).map(Isbn::toIsbn13).orElse(null) : null));
    rules.add(required("BIB_LANGUAGE_MISSING", WARNING, "/languages", BibRecord::languages));
    rules.add(
        eachElement(
            "BIB_LANGUAGE_INVALID",
            ERROR,
            BibRecord::languages,
            "/languages/",
            (code, path, s) -> {
              if (!LANGUAGE.matcher(code).matches()) {
                s.report(path, code);
              }
            }));
    rules.add(
        required(
            "BIB_PUBLISHER_MISSING",
            WARNING,
            "/publication/publisher",
            r -> r.publication() == null ? null : r.publication().publisher()));
    rules.add(
        required(
            "BIB_YEAR_MISSING",
            WARNING,
            "/publication/year",
            r -> r.publication() == null ? null : r.publication().year()));
    rules.add(
        Rule.of(
            "BIB_YEAR_IN_FUTURE",
            ERROR,
            (r, s) -> {
              Integer year = r.publication() == null ? null : r.publication().year();
              int limit = s.context().today().getYear() + 1; // a December book may carry next year's imprint
              if (year != null && year > limit) {
                s.report("/publication/year", year, limit);
              }
            }));
    rules.add(
        required(
            "BIB_EXTENT_MISSING",
            WARNING,
            "/physicalDescription/extent",
            r -> r.physicalDescription() == null ? null : r.physicalDescription().extent()));
    rules.add(
        required(
            "BIB_CLASSIFICATION_MISSING",
            WARNING,
            "/classifications",
            r ->
                r.classifications().stream()
                    .filter(c -> c.scheme() == ClassificationScheme.DDC || c.scheme() == ClassificationScheme.UDC)
                    .toList()));
    rules.add(
        eachElement(
            "BIB_CLASSIFICATION_INVALID",
            ERROR,
            BibRecord::classifications,
            "/classifications/",
            (c, path, s) -> {
              String n = c.number() == null ? "" : c.number().strip();
              boolean ok =
                  c.scheme() == ClassificationScheme.DDC
                      ? DDC.matcher(n.replace("/", "").replace("'", "")).matches()
                      : c.scheme() == ClassificationScheme.UDC ? UDC.matcher(n).matches() : !n.isEmpty();
              if (!ok) {
                s.report(path + "/number", n, c.scheme());
              }
            }));
    rules.add(required("BIB_SUBJECT_MISSING", WARNING, "/subjects", BibRecord::subjects));
    rules.addAll(TextRules.all());
    return Profile.of("vn-bibrecord", "1", BibRecord.class, rules);
  }

  private interface IdentifierParser {
    Object parse(String text);
  }

  private static Rule<BibRecord> identifierRule(String code, IdentifierType type, IdentifierParser parser) {
    return eachElement(
        code,
        ERROR,
        BibRecord::identifiers,
        "/identifiers/",
        (id, path, s) -> {
          if (id.type() != type) {
            return;
          }
          try {
            parser.parse(id.value());
          } catch (InvalidIdentifierException e) {
            s.report(path + "/value", String.valueOf(id.value()), e.message(s.context().locale()));
          }
        });
  }

  // ---- vn-holding ---------------------------------------------------------------------------

  private static Profile<Holding> holding0() {
    List<Rule<Holding>> rules = new ArrayList<>();
    rules.add(required("HOLDING_OWNER_MISSING", ERROR, "/ownerIsil", Holding::ownerIsil));
    rules.add(Rule.of("HOLDING_OWNER_INVALID", ERROR, (h, s) -> Checks.isil(h.ownerIsil(), "/ownerIsil", s)));
    rules.add(required("HOLDING_LOCAL_ID_MISSING", ERROR, "/localId", Holding::localId));
    rules.add(required("HOLDING_RECORD_MISSING", ERROR, "/recordId", Holding::recordId));
    rules.add(required("HOLDING_CALL_NUMBER_MISSING", WARNING, "/callNumber", Holding::callNumber));
    rules.add(required("HOLDING_NO_ITEMS", INFO, "/items", Holding::items));
    rules.add(
        eachElement(
            "ITEM_BARCODE_MISSING",
            WARNING,
            Holding::items,
            "/items/",
            (item, path, s) -> {
              if (blank(item.barcode())) {
                s.report(path + "/barcode");
              }
            }));
    rules.add(
        unique(
            "ITEM_BARCODE_DUPLICATE",
            ERROR,
            Holding::items,
            "/items/",
            "/barcode",
            Item::barcode,
            item -> blank(item.barcode()) ? null : item.barcode().strip()));
    rules.addAll(TextRules.all());
    return Profile.of("vn-holding", "1", Holding.class, rules);
  }

  // ---- vn-digital-object --------------------------------------------------------------------

  private static Profile<DigitalObject> digitalObject0() {
    List<Rule<DigitalObject>> rules = new ArrayList<>();
    rules.add(required("DIGITAL_ID_MISSING", ERROR, "/id", DigitalObject::id));
    rules.add(required("DIGITAL_OWNER_MISSING", ERROR, "/ownerIsil", DigitalObject::ownerIsil));
    rules.add(Rule.of("DIGITAL_OWNER_INVALID", ERROR, (d, s) -> Checks.isil(d.ownerIsil(), "/ownerIsil", s)));
    rules.add(required("DIGITAL_RECORD_MISSING", WARNING, "/recordId", DigitalObject::recordId));
    rules.add(required("DIGITAL_RIGHTS_MISSING", ERROR, "/rights", DigitalObject::rights));
    rules.add(required("DIGITAL_ACCESS_MISSING", ERROR, "/accessLevel", DigitalObject::accessLevel));
    rules.add(
        Rule.of(
            "DIGITAL_CREATED_IN_FUTURE",
            ERROR,
            (d, s) -> {
              if (d.created() != null && d.created().isAfter(s.context().today())) {
                s.report("/created", d.created());
              }
            }));
    rules.add(required("DIGITAL_FILES_MISSING", ERROR, "/files", DigitalObject::files));
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
        unique(
            "DIGITAL_FILE_NAME_DUPLICATE",
            ERROR,
            DigitalObject::files,
            "/files/",
            "/name",
            DigitalFile::name,
            f -> blank(f.name()) ? null : f.name().strip()));
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

  private static Rule<DigitalObject> fileRule(String code, RuleShapes.ElementCheck<DigitalFile> check) {
    return eachElement(code, ERROR, DigitalObject::files, "/files/", check);
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
    rules.add(required("STATS_ISIL_MISSING", ERROR, "/isil", StatisticsReport::isil));
    rules.add(Rule.of("STATS_ISIL_INVALID", ERROR, (r, s) -> Checks.isil(r.isil(), "/isil", s)));
    rules.add(required("STATS_YEAR_MISSING", ERROR, "/year", StatisticsReport::year));
    rules.add(
        Rule.of(
            "STATS_YEAR_IN_FUTURE",
            ERROR,
            (r, s) -> {
              if (r.year() != null && r.year() > s.context().today().getYear()) {
                s.report("/year", r.year());
              }
            }));
    rules.add(required("STATS_EMPTY", WARNING, "/values", StatisticsReport::values));
    rules.add(
        Rule.of(
            "STATS_VALUE_NEGATIVE",
            ERROR,
            (r, s) ->
                r.values()
                    .forEach(
                        (k, v) -> {
                          if (v.signum() < 0) {
                            s.report("/values/" + k.name(), readable(v));
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
                s.report("/values/ACTIVE_USERS", readable(active), readable(registered));
              }
            }));
    rules.addAll(TextRules.all());
    return Profile.of("vn-statistics", "1", StatisticsReport.class, rules);
  }

  /**
   * A value as people write it (1200, 86.5), or in scientific form (-1E+900000000) when its plain form
   * would be a string of millions of zeros: data from anyone must not cost a gigabyte to report.
   */
  private static String readable(BigDecimal v) {
    return v.scale() >= -30 && v.scale() <= 30 ? v.toPlainString() : v.toString();
  }
}
