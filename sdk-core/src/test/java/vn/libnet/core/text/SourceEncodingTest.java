package vn.libnet.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceEncodingTest {
  @Test
  void aDeclaredSourceIsItsEncodingWhateverTheRecordsDecide() {
    SourceEncoding s = SourceEncoding.declared(LegacyEncoding.VNI);
    s.recordDecided(LegacyEncoding.TCVN3);
    assertThat(s.isDeclared()).isTrue();
    assertThat(s.encoding()).contains(LegacyEncoding.VNI);
    assertThat(s.decisions()).isEmpty();
  }

  @Test
  void aLearnedEncodingNeedsEnoughRecordsAndANinetyPercentShare() {
    SourceEncoding s = SourceEncoding.learning(20);
    s.recordDecided(LegacyEncoding.TCVN3);
    s.recordDecided(LegacyEncoding.TCVN3);
    assertThat(s.encoding()).as("two records are not a source").isEmpty();
    s.recordDecided(LegacyEncoding.TCVN3);
    assertThat(s.encoding()).contains(LegacyEncoding.TCVN3);
    s.recordDecided(LegacyEncoding.VNI);
    assertThat(s.encoding()).as("3 of 4 is a mixed source").isEmpty();
    for (int i = 0; i < 6; i++) {
      s.recordDecided(LegacyEncoding.TCVN3);
    }
    assertThat(s.decisions()).containsEntry(LegacyEncoding.TCVN3, 9).containsEntry(LegacyEncoding.VNI, 1);
    assertThat(s.encoding()).as("9 of 10").contains(LegacyEncoding.TCVN3);
  }

  @Test
  void theWindowForgetsTheOldestDecisionsSoASourceCanChangeItsMind() {
    SourceEncoding s = SourceEncoding.learning(5);
    for (int i = 0; i < 5; i++) {
      s.recordDecided(LegacyEncoding.TCVN3);
    }
    for (int i = 0; i < 5; i++) {
      s.recordDecided(LegacyEncoding.VNI);
    }
    assertThat(s.decisions()).containsOnlyKeys(LegacyEncoding.VNI).containsEntry(LegacyEncoding.VNI, 5);
    assertThat(s.encoding()).contains(LegacyEncoding.VNI);
    assertThatThrownBy(() -> SourceEncoding.learning(2)).isInstanceOf(IllegalArgumentException.class);
  }
}
