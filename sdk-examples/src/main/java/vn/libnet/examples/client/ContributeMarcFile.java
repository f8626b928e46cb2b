package vn.libnet.examples.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.libnet.client.BatchContributor;
import vn.libnet.client.BatchSummary;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.core.signature.Keys;

/**
 * Contributes a MARC file (ISO 2709, MARCXML, MARC-in-JSON or MRK, detected) to a LibNet hub, signed with
 * the library's key, trusting only the hub's published keys, resumable after a crash.
 *
 * <pre>
 * java vn.libnet.examples.client.ContributeMarcFile https://hub.libnet.vn/ 'VN-HaNoi-TVHN#k1' k1.key.pem hub.jwks.json catalogue.mrc
 * </pre>
 */
public final class ContributeMarcFile {
  private ContributeMarcFile() {}

  /** Arguments: hub URL, key id, private key PEM, hub JWKS, MARC file. */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: ContributeMarcFile HUB_URL KEY_ID KEY.pem HUB.jwks.json FILE.mrc");
      System.exit(2);
    }
    try (LibnetClient hub = LibnetClient.builder()
        .baseUrl(args[0])
        .signingKey(args[1], Keys.privateKeyFromPem(Files.readString(Path.of(args[2]))))
        .hubKeys(HubKeys.pinnedJwks(Files.readString(Path.of(args[3]))))
        .build()) {
      BatchSummary s = BatchContributor.builder(hub).build().contribute(Path.of(args[4]), Path.of(args[4] + ".checkpoint"));
      System.out.printf("accepted %d, merged %d, rejected %d, unreadable %d%s%n", s.accepted(), s.merged(), s.rejected(),
          s.unreadable(), s.complete() ? "" : "; incomplete, run again to resume: " + s.failures());
    }
  }
}
