package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.core.readiness.ReadinessFixtures.CRITERIA;
import static vn.libnet.core.readiness.ReadinessFixtures.QUESTIONNAIRE;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.criteria.CriteriaReader;
import vn.libnet.core.readiness.criteria.GroupTarget;
import vn.libnet.core.readiness.criteria.Indicator;
import vn.libnet.core.readiness.criteria.IndicatorUnit;
import vn.libnet.core.readiness.criteria.LibraryGroup;
import vn.libnet.core.readiness.survey.QuestionnaireQuestion;

class CriteriaCatalogTest {

  /** Every row of the transcription of the decision (test resource qd206-targets.tsv, not written with this code). */
  @Test
  void everyRowOfTheTranscriptionIsInTheShippedCriteria() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("qd206-targets.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    assertThat(rows).hasSize(7);
    assertThat(CRITERIA.indicators()).hasSameSizeAs(rows);
    for (String[] row : rows) {
      Indicator i = CRITERIA.indicator(row[0]).orElseThrow(() -> new AssertionError("missing " + row[0]));
      assertThat(i.text().vi()).isEqualTo(row[1]);
      assertThat(i.text().en()).isEqualTo(row[2]);
      assertThat(i.text().in(Messages.VIETNAMESE)).isEqualTo(row[1]);
      assertThat(i.text().in(Locale.ENGLISH)).isEqualTo(row[2]);
      double target = Double.parseDouble(row[4]);
      Set<LibraryGroup> groups = EnumSet.noneOf(LibraryGroup.class);
      for (String g : row[5].split(",")) {
        groups.add(LibraryGroup.valueOf(g));
      }
      if (row[3].equals("share of libraries")) {
        assertThat(i.unit()).isEqualTo(IndicatorUnit.YES_NO);
        assertThat(i.targets()).allSatisfy(t -> {
          assertThat(t.libraryTarget2025()).isEqualTo(1.0);
          assertThat(t.librariesShare2025()).isEqualTo(target);
        });
      } else {
        assertThat(i.unit()).isEqualTo(IndicatorUnit.SHARE);
        assertThat(i.targets()).allSatisfy(t -> {
          assertThat(t.libraryTarget2025()).isEqualTo(target);
          assertThat(t.librariesShare2025()).isEqualTo(100.0);
        });
      }
      if (row[0].equals("digitized_own_research")) {
        // the decision says "specialised and university libraries": every university library
        assertThat(i.groups()).containsAll(groups).contains(LibraryGroup.UNIVERSITY_OTHER).hasSize(groups.size() + 1);
      } else {
        assertThat(i.groups()).isEqualTo(groups);
      }
      assertThat(i.source()).startsWith("QĐ 206/QĐ-TTg");
      assertThat(i.targets()).allSatisfy(t -> {
        assertThat(t.orientation2030().vi()).isNotBlank();
        assertThat(t.orientation2030().en()).isNotBlank().isNotEqualTo(t.orientation2030().vi());
      });
    }
  }

  @Test
  void theCatalogueFindsVersionsByIdAndTheIssueFiguresHold() {
    assertThat(ReadinessCatalog.standard().criteria("qd206-2021")).contains(CRITERIA);
    assertThat(ReadinessCatalog.standard().criteria("qd206-2021", 2)).isEmpty();
    assertThat(ReadinessCatalog.standard().criteria("no-such")).isEmpty();
    assertThat(CRITERIA.key()).isEqualTo("qd206-2021/1");
    assertThat(CRITERIA.decision()).contains("206/QĐ-TTg");
    // 80 % for other specialised and university libraries, 60 % for school libraries
    Indicator other = CRITERIA.indicator("online_services_other").orElseThrow();
    assertThat(other.targetFor(Set.of(LibraryGroup.ALL, LibraryGroup.UNIVERSITY_OTHER)).map(GroupTarget::librariesShare2025)).contains(80.0);
    assertThat(CRITERIA.indicator("online_services_school").orElseThrow().libraryTypes())
        .containsExactly(LibraryType.SCHOOL, LibraryType.VOCATIONAL_AND_OTHER_EDUCATION);
    assertThat(CRITERIA.indicator("staff_trained").orElseThrow().libraryTypes()).containsExactly(LibraryType.values());
    assertThat(CRITERIA.indicator("digitized_rare").orElseThrow().targetFor(Set.of(LibraryGroup.ALL, LibraryGroup.SCHOOL))).isEmpty();
  }

  @Test
  void everyIndicatorIsFedByTheDefaultQuestionnaireAndEveryQuestionIsBilingual() {
    for (Indicator i : CRITERIA.indicators()) {
      assertThat(QUESTIONNAIRE.feeding(i.id())).as(i.id()).isNotEmpty();
    }
    for (QuestionnaireQuestion q : QUESTIONNAIRE.questions()) {
      assertThat(q.text().vi()).as(q.id()).isNotBlank().isNotEqualTo(q.text().en());
      assertThat(q.text().en()).as(q.id()).isNotBlank();
    }
    assertThat(QUESTIONNAIRE.questions().stream().map(q -> q.kind().name()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("YES_NO", "NUMBER", "SHARE", "CHOICE", "TEXT");
  }

  /** A newer version is a resource and a line of a list, no code: the newest wins the lookup by id. */
  @Test
  void aNewerVersionIsAddedAsResourcesAlone(@TempDir Path dir) throws IOException {
    listed(dir, "# a vendor's jar\nextra/qd206-2021-v2\n", "extra/qd206-2021-v2.tsv", String.join("\n",
        "@id\tqd206-2021", "@version\t2", "@title_vi\tPhiên bản 2", "@title_en\tVersion 2",
        "open_data_count\tSố bộ dữ liệu mở\tOpen data sets published\tcount\t5\tKEY,PROVINCIAL=3", ""));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      ReadinessCatalog catalog = ReadinessCatalog.of(loader);
      Criteria v2 = catalog.criteria("qd206-2021").orElseThrow();
      assertThat(v2.version()).isEqualTo(2);
      assertThat(catalog.criteria("qd206-2021", 1)).contains(CRITERIA);
      assertThat(catalog.questionnaire(v2)).isEmpty();
      Indicator count = v2.indicators().get(0);
      assertThat(count.unit()).isEqualTo(IndicatorUnit.COUNT);
      assertThat(count.targetFor(Set.of(LibraryGroup.PROVINCIAL)).orElseThrow().libraryTarget2025()).isEqualTo(3.0);
      assertThat(count.targetFor(Set.of(LibraryGroup.KEY, LibraryGroup.PROVINCIAL)).orElseThrow().libraryTarget2025()).isEqualTo(5.0);
    }
  }

  @Test
  void aMalformedResourceIsRefusedWithItsLine() {
    assertThatThrownBy(() -> CriteriaReader.read(new StringReader("@id\tx\n@version\t1\n# c\na\tb\tc\tshare\t70\tKEYS\n"), "x.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x.tsv, line 4: unknown group 'KEYS'");
    assertThatThrownBy(() -> CriteriaReader.read(new StringReader("a\tb\tc\tpercent\t70\tKEY\n"), "y.tsv"))
        .hasMessage("y.tsv, line 1: unknown unit 'percent'");
    assertThatThrownBy(() -> CriteriaReader.read(new StringReader("a\tb\tc\tshare\t70\tKEY\n"), "z.tsv"))
        .hasMessage("z.tsv: the @id and @version headers are required");
    assertThatThrownBy(() -> CriteriaReader.read(new StringReader("@id\tx\n@version\t1\na\tb\tc\tshare of staff\t170\tALL\n"), "w.tsv"))
        .hasMessage("w.tsv, line 3: Indicator a is a share, and a share's target cannot be over 100");
  }

  @Test
  void questionnairesThatCannotScoreAreRefused(@TempDir Path dir) throws IOException {
    listed(dir, "bad/v1\n", "bad/v1.tsv", "@id\tbad\n@version\t1\nstaff\tNhân lực\tStaff\tshare\t100\tALL\n");
    String question = "{\"id\":\"bad\",\"criteriaId\":\"bad\",\"criteriaVersion\":1,\"sections\":[{\"id\":\"s\",\"questions\":["
        + "{\"id\":\"q\",\"kind\":\"%s\",\"feeds\":[{\"indicator\":\"staff\",\"role\":\"%s\"}]%s}]}]}";
    Path json = dir.resolve("bad/v1.questionnaire.json");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      Files.writeString(json, String.format(question, "TEXT", "VALUE", ""));
      assertThatThrownBy(() -> ReadinessCatalog.of(loader)).hasMessage("Question q (TEXT) cannot feed staff as VALUE");
      Files.writeString(json, String.format(question, "NUMBER", "NUMERATOR", ""));
      assertThatThrownBy(() -> ReadinessCatalog.of(loader))
          .hasMessage("Indicator staff of questionnaire bad needs one numerator and one denominator, not 1 and 0");
      Files.writeString(json, String.format(question, "SHARE", "VALUE", ",\"showif\":{}"));
      assertThatThrownBy(() -> ReadinessCatalog.of(loader)).hasMessageStartingWith("Cannot read bad/v1.questionnaire.json")
          .hasMessageContaining("showif");
      Files.writeString(json, String.format(question, "SHARE", "VALUE", ""));
      assertThat(ReadinessCatalog.of(loader).all()).extracting(Criteria::key).containsExactly("bad/1");
    }
  }

  /** A class-path folder with a list of criteria resources and one criteria file. */
  private static void listed(Path dir, String list, String name, String tsv) throws IOException {
    Path at = dir.resolve(ReadinessCatalog.LIST);
    Files.createDirectories(at.getParent());
    Files.writeString(at, list);
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), tsv);
  }
}
