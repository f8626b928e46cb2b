package vn.libnet.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvinceTest {

  @Test
  void thirtyFourUnitsSinceJuly2025AndSixtyThreeBefore() {
    assertThat(Province.current()).hasSize(34).allMatch(Province::inForce);
    assertThat(Province.former()).hasSize(63).noneMatch(Province::inForce);
    assertThat(Province.current()).extracting(Province::code).doesNotHaveDuplicates();
  }

  @Test
  void everyFormerUnitMapsToCurrentUnits() {
    for (Province p : Province.former()) {
      assertThat(p.successorCodes()).as(p.name()).isNotEmpty();
      for (String code : p.successorCodes()) {
        assertThat(Province.byCode(code)).as(p.name() + " -> " + code).hasValueSatisfying(s -> assertThat(s.inForce()).isTrue());
      }
    }
  }

  @Test
  void lookupPrefersTheUnitInForce() {
    assertThat(Province.byCode("01").orElseThrow().name()).isEqualTo("Thành phố Hà Nội");
    assertThat(Province.byCode("1").orElseThrow().code()).isEqualTo("01");
    Province haiDuong = Province.byCode(" 30 ").orElseThrow();
    assertThat(haiDuong.inForce()).isFalse();
    assertThat(haiDuong.successorCodes()).containsExactly("31");
    assertThat(Province.byCode("82").orElseThrow().inForce()).isTrue();
    assertThat(Province.byCode("99")).isEmpty();
    assertThat(Province.byCode(null)).isEmpty();
  }
}
