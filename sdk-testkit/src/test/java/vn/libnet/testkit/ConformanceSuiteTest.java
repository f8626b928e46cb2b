package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.ConformanceSuite;
import vn.libnet.testkit.conformance.Requirement;

class ConformanceSuiteTest {
  @Test
  void theReferenceHubMeetsEveryRequirementAndStoresNothing() {
    KeyPair k = HubFixtures.ed25519();
    try (LibnetTestHub hub = LibnetTestHub.builder()
        .trust(new VerificationKey("VN-HaNoi-TVHN#conf", SignatureAlgorithm.ED25519, k.getPublic())).start();
        var reader = hub.clientFor("VN-HaNoi-TVHN").build()) {
      ConformanceReport r = ConformanceSuite.builder().baseUrl(hub.baseUrl()).signingKey("VN-HaNoi-TVHN#conf", k.getPrivate()).build().run();
      assertThat(r.results()).extracting(CheckResult::requirement).containsExactly(Requirement.values());
      assertThat(r.results()).allSatisfy(c -> assertThat(c.passed()).as(c.requirement() + ": " + c.detail()).isTrue());
      assertThat(r.passed()).isTrue();
      assertThat(reader.changesSince(null).count()).as("the suite's writes are dry runs or refused").isZero();
    }
  }

  @Test
  void aKeyTheHubDoesNotTrustFailsTheWritingRequirementsAndSaysWhy() {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      ConformanceReport r = ConformanceSuite.builder().baseUrl(hub.baseUrl())
          .signingKey("VN-HaNoi-TVHN#nobody", HubFixtures.ed25519().getPrivate()).build().run();
      assertThat(r.passed()).isFalse();
      assertThat(r.results()).filteredOn(c -> !c.passed()).extracting(CheckResult::requirement)
          .contains(Requirement.REPLAY_REFUSED, Requirement.DRY_RUN_STORES_NOTHING, Requirement.BAD_RECORD_REJECTED);
      assertThat(r.results()).filteredOn(c -> c.requirement() == Requirement.REPLAY_REFUSED).singleElement()
          .satisfies(c -> assertThat(c.detail()).contains("401"));
      assertThat(r.results()).filteredOn(c -> c.requirement() == Requirement.ANSWERS_SIGNED).singleElement()
          .satisfies(c -> assertThat(c.passed()).isTrue());
    }
  }
}
