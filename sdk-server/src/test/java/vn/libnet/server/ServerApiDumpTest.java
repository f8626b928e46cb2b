package vn.libnet.server;

import org.junit.jupiter.api.Test;
import vn.libnet.core.api.ApiDump;

/** The public surface of sdk-server is the one in api/sdk-server.api; see {@link ApiDump} to regenerate it. */
class ServerApiDumpTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiDump.assertMatchesCommittedDump("sdk-server");
  }
}
