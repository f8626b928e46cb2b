package vn.libnet.marc.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the MRK (mnemonic text) reader through {@code MarcReaders.open(InputStream, MarcFormat, ReadOptions)}, in
 * strict and lenient mode, against {@link ReaderInvariants}: the fuzzer's bytes are read alone and as the
 * damaged third record of an intact five-record file ({@link Framing#mrk()}).
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the seed corpus under {@code MrkReaderFuzzTestInputs/damagedRecord/} as
 * regression tests; with it, it fuzzes for {@code maxDuration} (docs/fuzzing.md).
 */
class MrkReaderFuzzTest {
  private static final Framing FRAMING = Framing.mrk();

  @FuzzTest(maxDuration = "4m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void damagedRecord(byte[] data) {
    ReaderInvariants.check(FRAMING, data);
  }
}
