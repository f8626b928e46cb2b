package vn.libnet.server.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-memory source answers each query as a plain filter over its items would, in (datestamp, identifier) order. */
class OaiMemorySourceTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final OaiRepository REPO = new OaiRepository("Thư viện", "https://opac.example.vn/oai", List.of("oai@opac.example.vn"), T0,
      "persistent", true);

  @Test
  void everyQueryIsTheFilterOfAllItemsInOrderWhateverTheOrderTheyWereAdded() {
    Random random = new Random(7);
    List<OaiItem> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // Many items share a datestamp, so the identifier breaks ties.
      Instant at = T0.plusSeconds(random.nextInt(50));
      List<String> sets = random.nextBoolean() ? List.of("isil:VN-HaNoi-TVHN:thieu-nhi") : List.of("isil:VN-HCM-TVKHTH");
      items.add(new OaiItem("oai:opac.example.vn:" + i, at, sets, i % 11 == 0, i % 11 == 0 ? null : OaiProviderTest.marc("" + i, "Sách " + i)));
    }
    List<OaiItem> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, random);
    OaiMemorySource source = OaiMemorySource.builder(REPO).addAll(shuffled).build();
    assertThat(source.size()).isEqualTo(300);
    List<OaiItem> sorted = items.stream().sorted(java.util.Comparator.comparing(OaiItem::position)).toList();
    for (int q = 0; q < 200; q++) {
      Instant from = random.nextBoolean() ? null : T0.plusSeconds(random.nextInt(50));
      Instant until = random.nextBoolean() ? null : T0.plusSeconds(random.nextInt(50));
      String set = switch (random.nextInt(3)) {
        case 0 -> null;
        case 1 -> "isil:VN-HaNoi-TVHN";
        default -> "isil:VN-HCM-TVKHTH";
      };
      OaiItem.Position after = random.nextBoolean() ? null : sorted.get(random.nextInt(sorted.size())).position();
      int limit = 1 + random.nextInt(40);
      List<OaiItem> expected = sorted.stream().filter(i -> from == null || !i.datestamp().isBefore(from))
          .filter(i -> until == null || !i.datestamp().isAfter(until))
          .filter(i -> set == null || i.sets().stream().anyMatch(s -> s.equals(set) || s.startsWith(set + ":")))
          .filter(i -> after == null || i.position().compareTo(after) > 0).limit(limit).toList();
      assertThat(source.items(from, until, set, after, limit)).as("query %d", q).isEqualTo(expected);
    }
    assertThat(source.item("oai:opac.example.vn:11")).hasValueSatisfying(i -> assertThat(i.deleted()).isTrue());
    assertThat(source.item("oai:opac.example.vn:none")).isEmpty();
    // A set only items name is listed under its spec; a declared one keeps its name.
    assertThat(source.sets()).extracting(OaiSetSpec::spec).containsExactly("isil:VN-HCM-TVKHTH", "isil:VN-HaNoi-TVHN:thieu-nhi");
    assertThat(OaiMemorySource.builder(REPO).set(new OaiSetSpec("isil:VN-HaNoi-TVHN", "Thư viện Hà Nội")).build().sets())
        .containsExactly(new OaiSetSpec("isil:VN-HaNoi-TVHN", "Thư viện Hà Nội"));
  }

  @Test
  void twoItemsWithOneIdentifierAreRefused() {
    OaiItem a = new OaiItem("oai:x:1", T0, List.of(), true, null);
    OaiItem b = new OaiItem("oai:x:1", T0.plusSeconds(1), List.of(), true, null);
    assertThatThrownBy(() -> OaiMemorySource.builder(REPO).add(a).add(b).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oai:x:1");
  }
}
