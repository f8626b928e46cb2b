package vn.libnet.client.oai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate process that runs a {@link HarvestJob}, so that a test can kill it with SIGKILL: it appends
 * each identifier to a file and then, at the record named {@code stop-at}, waits to be killed. Arguments:
 * base URL, checkpoint, output file, stop-at identifier.
 */
public final class HarvestMain {
  private HarvestMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[2]);
    try (OaiHarvester oai = OaiHarvester.builder().baseUrl(args[0]).granularity(OaiGranularity.DAY).build()) {
      HarvestJob.builder().harvester(oai).prefix("oai_dc").checkpoint(Path.of(args[1])).consumer(r -> {
        try {
          Files.writeString(out, r.header().identifier() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          if (r.header().identifier().equals(args[3])) {
            Thread.sleep(120_000);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).build().run();
    }
  }
}
