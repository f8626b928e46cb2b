package vn.libnet.core;

import org.junit.jupiter.api.Test;
import vn.libnet.core.api.ApiDump;

/** The public surface of sdk-core is the one in api/sdk-core.api; see {@link ApiDump} to regenerate it. */
class CoreApiDumpTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiDump.assertMatchesCommittedDump("sdk-core");
  }
}
