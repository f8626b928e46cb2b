package vn.libnet.client;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.Keys;

/**
 * A separate process that contributes a MARC file with a checkpoint, so that a test can kill it with
 * SIGKILL at any moment. Arguments: base URL, private key PEM file, hub JWKS file, MARC file, checkpoint.
 */
public final class ContributeMain {
  private ContributeMain() {}

  public static void main(String[] args) throws Exception {
    try (LibnetClient client = LibnetClient.builder().baseUrl(args[0])
        .signingKey(StubHub.KEY_ID, Keys.privateKeyFromPem(Files.readString(Path.of(args[1]))))
        .hubKeys(HubKeys.pinnedJwks(Files.readString(Path.of(args[2]))))
        .build()) {
      BatchSummary s = BatchContributor.builder(client).batchSize(10).concurrency(2).build()
          .contribute(Path.of(args[3]), Path.of(args[4]));
      System.out.println(LibnetJson.mapper().writeValueAsString(s));
    }
  }
}
