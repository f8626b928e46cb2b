package vn.libnet.client;

import org.junit.jupiter.api.Test;
import vn.libnet.core.api.ApiDump;

/** The public surface of sdk-client is the one in api/sdk-client.api; see {@link ApiDump} to regenerate it. */
class ClientApiDumpTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiDump.assertMatchesCommittedDump("sdk-client");
  }
}
