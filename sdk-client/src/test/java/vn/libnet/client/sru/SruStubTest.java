package vn.libnet.client.sru;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.marc4j.marc.ControlField;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.ReadOptions;

/** A stub SRU server for each test, closed after it, and helpers to read what comes back. */
abstract class SruStubTest {
  final SruStub server = new SruStub();

  @AfterEach
  void stop() {
    server.close();
  }

  /** The 001 of the one MARC record a record holds. */
  static String id(SruRecord r) {
    List<MarcRead> reads = r.marcRecords(ReadOptions.lenient());
    if (reads.size() != 1) {
      return "(" + reads.size() + " MARC records)";
    }
    return ((ControlField) reads.get(0).record().getVariableField("001")).getData();
  }

  static String title(SruRecord r) {
    return r.marcRecords(ReadOptions.lenient()).get(0).record().getDataFields().stream().filter(f -> f.getTag().equals("245"))
        .findFirst().orElseThrow().getSubfield('a').getData();
  }
}
