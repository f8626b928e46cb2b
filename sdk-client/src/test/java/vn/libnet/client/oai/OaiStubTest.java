package vn.libnet.client.oai;

import org.junit.jupiter.api.AfterEach;

/** A stub repository and a harvester of it for each test, both closed after it. */
abstract class OaiStubTest {
  final OaiStub repo = new OaiStub();
  final OaiHarvester oai = repo.harvester();

  @AfterEach
  void stop() {
    oai.close();
    repo.close();
  }
}
