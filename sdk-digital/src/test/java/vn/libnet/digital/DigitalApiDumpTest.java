package vn.libnet.digital;

import org.junit.jupiter.api.Test;
import vn.libnet.core.api.ApiDump;

/** The public surface of sdk-digital is the one in api/sdk-digital.api; see {@link ApiDump} to regenerate it. */
class DigitalApiDumpTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiDump.assertMatchesCommittedDump("sdk-digital");
  }
}
