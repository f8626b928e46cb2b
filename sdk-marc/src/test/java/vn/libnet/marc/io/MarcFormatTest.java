package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarcFormatTest {
  @Test
  void mediaTypesGoBothWaysAndMrkHasNone() {
    for (MarcFormat f : MarcFormat.values()) {
      f.mediaType().ifPresent(t -> assertThat(MarcFormat.fromMediaType(t)).contains(f));
    }
    assertThat(MarcFormat.ISO2709.mediaType()).contains("application/marc");
    assertThat(MarcFormat.MARCXML.mediaType()).contains("application/marcxml+xml");
    assertThat(MarcFormat.MRK.mediaType()).isEmpty();
    assertThat(MarcFormat.fromMediaType("Application/MARCXML+xml; charset=UTF-8")).contains(MarcFormat.MARCXML);
    assertThat(MarcFormat.fromMediaType("application/xml")).contains(MarcFormat.MARCXML);
    assertThat(MarcFormat.fromMediaType("text/plain")).isEmpty();
    assertThat(MarcFormat.fromMediaType(null)).isEmpty();
  }

  @Test
  void detectsTheFormatFromTheFirstBytes() {
    assertThat(MarcFormat.detect("\uFEFF <collection".getBytes(java.nio.charset.StandardCharsets.UTF_8), 14)).contains(MarcFormat.MARCXML);
    assertThat(MarcFormat.detect("00714cam".getBytes(), 8)).contains(MarcFormat.ISO2709);
    assertThat(MarcFormat.detect("=LDR".getBytes(), 4)).contains(MarcFormat.MRK);
    assertThat(MarcFormat.detect("[{".getBytes(), 2)).contains(MarcFormat.MARC_JSON);
    assertThat(MarcFormat.detect("hello".getBytes(), 5)).isEmpty();
  }
}
