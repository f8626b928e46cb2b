package vn.libnet.marc;

import org.junit.jupiter.api.Test;
import vn.libnet.core.api.ApiDump;

/** The public surface of sdk-marc is the one in api/sdk-marc.api; see {@link ApiDump} to regenerate it. */
class MarcApiDumpTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiDump.assertMatchesCommittedDump("sdk-marc");
  }
}
