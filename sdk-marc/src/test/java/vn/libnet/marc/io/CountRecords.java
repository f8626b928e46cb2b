package vn.libnet.marc.io;

import java.nio.file.Path;
import java.util.Locale;

/** Reads a MARC file and prints how many records were read and how many had issues; run in a small heap. */
public final class CountRecords {
  private CountRecords() {}

  public static void main(String[] args) {
    long records = 0;
    long withIssues = 0;
    try (MarcRecordReader reader = MarcReaders.open(Path.of(args[0]), null, new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH))) {
      while (reader.hasNext()) {
        MarcRead read = reader.next();
        records += read.readable() ? 1 : 0;
        withIssues += read.issues().isEmpty() ? 0 : 1;
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println(records + " " + withIssues + " " + rt.maxMemory() / (1024 * 1024));
  }
}
