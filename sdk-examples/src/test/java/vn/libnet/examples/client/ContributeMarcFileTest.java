package vn.libnet.examples.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.StubHub;
import vn.libnet.core.signature.Keys;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.internal.SyntheticRecords;

class ContributeMarcFileTest {
  @TempDir Path dir;

  @Test
  void contributesAFileAndPrintsTheTotals() throws Exception {
    try (StubHub hub = new StubHub()) {
      hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).willReturn(aResponse().withTransformers("ledger")));
      Path marc = dir.resolve("catalogue.xml");
      try (MarcRecordWriter w = MarcWriters.open(marc, MarcFormat.MARCXML)) {
        SyntheticRecords.builder().seed(5).build().stream(250).forEach(s -> w.write(s.record()));
      }
      Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(hub.library.getPrivate()));
      Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.hubJwks());

      PrintStream original = System.out;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      try {
        ContributeMarcFile.main(new String[] {hub.baseUrl(), StubHub.KEY_ID, key.toString(), jwks.toString(), marc.toString()});
      } finally {
        System.setOut(original);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("accepted 250, merged 0, rejected 0, unreadable 0");
      assertThat(hub.ledger.stored).hasSize(250);
      assertThat(dir.resolve("catalogue.xml.checkpoint")).exists();
    }
  }
}
