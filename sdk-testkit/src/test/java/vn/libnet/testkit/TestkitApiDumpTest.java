package vn.libnet.testkit;

import org.junit.jupiter.api.Test;
import vn.libnet.core.api.ApiDump;

/** The public surface of sdk-testkit is the one in api/sdk-testkit.api; see {@link ApiDump} to regenerate it. */
class TestkitApiDumpTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiDump.assertMatchesCommittedDump("sdk-testkit");
  }
}
