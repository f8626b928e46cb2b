package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/** The Library of Congress's conformance suite (README.txt beside it): each bag classified as the suite says. */
class BagItConformanceSuiteTest {
  private static Path suite() throws URISyntaxException {
    return Path.of(BagItConformanceSuiteTest.class.getResource("/bagit-conformance/README.txt").toURI()).getParent();
  }

  private static String describe(ValidationReport r) {
    return r.issues().stream().map(i -> i.severity() + " " + i.code() + " " + i.path() + ": " + i.message()).collect(Collectors.joining("\n"));
  }

  /** The bag, or a copy with the file the suite's repository lost put back (README.txt). */
  private static Path restored(Path bag) throws IOException {
    if (!bag.getFileName().toString().equals("special-system-files")) {
      return bag;
    }
    Path copy = Files.createTempDirectory("bagit-suite");
    try (Stream<Path> files = Files.walk(bag)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(bag.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Files.createFile(copy.resolve("data/.DS_Store"));
    return copy;
  }

  @TestFactory
  Stream<DynamicTest> everyBagOfTheSuiteIsClassifiedAsTheSuiteSays() throws Exception {
    List<Path> bags;
    try (Stream<Path> versions = Files.list(suite())) {
      bags = versions.filter(Files::isDirectory).flatMap(v -> {
        try {
          return Files.list(v).filter(Files::isDirectory).filter(k -> !k.getFileName().toString().equals("windows-only"))
              .flatMap(kind -> {
                try {
                  return Files.list(kind).filter(Files::isDirectory).toList().stream();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }).toList().stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
    assertThat(bags).hasSize(40);
    BagValidator validator = BagValidator.builder().locale(Locale.ENGLISH).build();
    Path root = suite();
    return bags.stream().map(bag -> DynamicTest.dynamicTest(root.relativize(bag).toString(), () -> {
      String kind = bag.getParent().getFileName().toString();
      ValidationReport r = validator.validate(restored(bag));
      boolean errors = r.count(Severity.ERROR) > 0;
      switch (kind) {
        case "valid" -> assertThat(errors).as(describe(r)).isFalse();
        case "invalid", "linux-only" -> assertThat(errors).as(describe(r)).isTrue();
        case "warning" -> {
          assertThat(errors).as(describe(r)).isFalse();
          assertThat(r.issues().stream().map(ValidationIssue::severity)).as(describe(r)).contains(Severity.WARNING);
        }
        default -> throw new IllegalStateException("Unknown kind " + kind);
      }
    }));
  }
}
