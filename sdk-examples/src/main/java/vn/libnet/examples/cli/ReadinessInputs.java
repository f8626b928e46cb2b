package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.ReadinessCatalog;
import vn.libnet.core.readiness.ReadinessJson;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.survey.AnswerSheet;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.readiness.survey.ResponseProfile;
import vn.libnet.core.validation.ValidationReport;

/**
 * What {@code libnet readiness score} and {@code report} read: the criteria by id (with their default
 * questionnaire), the library profiles ({@link Library} JSON, one or an array a file) and the responses
 * ({@link ReadinessJson#readResponses}), each response checked with {@code vn-readiness-response} against
 * its library. A document that cannot be read is reported, not thrown, and the others are still used.
 */
final class ReadinessInputs {
  /** One response as read: where it was, the response (null when unreadable) and its issues. */
  record Read(String file, int document, ReadinessResponse response, Library library, boolean profiled,
      ValidationReport report) {}

  /** A library profile document that could not be read, with its issue. */
  record Unreadable(String file, int document, ValidationReport report) {}

  final Criteria criteria;
  final Questionnaire questionnaire;
  final Map<String, Library> libraries = new LinkedHashMap<>();
  final List<Unreadable> badProfiles = new ArrayList<>();
  final List<Read> responses = new ArrayList<>();
  private final Locale locale;

  private ReadinessInputs(Criteria criteria, Questionnaire questionnaire, Locale locale) {
    this.criteria = criteria;
    this.questionnaire = questionnaire;
    this.locale = locale;
  }

  /**
   * The criteria {@code id} ({@code qd206-2021}, or {@code qd206-2021/1} for one version) and their
   * questionnaire; a {@link Cli.UserError} listing the known ones when there are none.
   */
  static ReadinessInputs of(String id, Locale locale) {
    ReadinessCatalog catalog = ReadinessCatalog.standard();
    Criteria c = null;
    int slash = id.indexOf('/');
    if (slash < 0) {
      c = catalog.criteria(id).orElse(null);
    } else if (id.substring(slash + 1).matches("[0-9]{1,6}")) {
      c = catalog.criteria(id.substring(0, slash), Integer.parseInt(id.substring(slash + 1))).orElse(null);
    }
    Questionnaire q = c == null ? null : catalog.questionnaire(c).orElse(null);
    if (q == null) {
      String known = catalog.all().stream().filter(k -> catalog.questionnaire(k).isPresent()).map(Criteria::key)
          .collect(Collectors.joining(", "));
      throw new Cli.UserError(CliText.text(locale, "readiness.unknownCriteria", id, known));
    }
    return new ReadinessInputs(c, q, locale);
  }

  /** Reads the library profiles of {@code files}; a later profile of the same ISIL replaces an earlier one. */
  void readLibraries(List<Path> files, InputStream stdin) throws IOException {
    String profile = "vn-library/1";
    for (Path file : files) {
      try (InputStream in = Cli.open(file, stdin)) {
        JsonDocuments.read(in, Library.class, locale, doc -> {
          if (!doc.readable()) {
            badProfiles.add(new Unreadable(file.toString(), doc.index(), new ValidationReport(profile, List.of(doc.problem()))));
          } else if (doc.value().isil() != null) {
            libraries.put(doc.value().isil(), doc.value());
          }
        });
      }
    }
  }

  /**
   * Reads the responses of {@code files} and checks each against its library's profile; a response
   * without a profile is checked (and scored) as a library of unknown type, in the group of all libraries.
   */
  void readResponses(List<Path> files, InputStream stdin) throws IOException {
    String profile = ResponseProfile.v1().name() + "/" + ResponseProfile.v1().version();
    for (Path file : files) {
      try (InputStream in = Cli.open(file, stdin)) {
        ReadinessJson.readResponses(in, locale, doc -> {
          if (!doc.readable()) {
            responses.add(new Read(file.toString(), doc.index(), null, null, false,
                new ValidationReport(profile, List.of(doc.problem()))));
            return;
          }
          ReadinessResponse r = doc.value();
          Library known = r.isil() == null ? null : libraries.get(r.isil());
          Library library = known != null ? known : unknown(r.isil());
          ValidationReport report = ResponseProfile.v1().validate(AnswerSheet.of(questionnaire, library, r),
              vn.libnet.core.validation.ValidationContext.of(locale));
          responses.add(new Read(file.toString(), doc.index(), r, library, known != null, report));
        });
      }
    }
  }

  /** Whether some document could not be read or has an error. */
  boolean anyInvalid() {
    return !badProfiles.isEmpty() || responses.stream().anyMatch(r -> !r.report().isValid());
  }

  /** The readable responses, in the order read. */
  List<ReadinessResponse> readable() {
    return responses.stream().filter(r -> r.response() != null).map(Read::response).toList();
  }

  static Library unknown(String isil) {
    return new Library(isil, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
  }
}
