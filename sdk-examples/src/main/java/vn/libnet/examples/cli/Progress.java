package vn.libnet.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the bytes of an input file, shown on the terminal for files large enough to take
 * a while (a few thousand records) and never when the output is not a terminal, so logs stay clean.
 */
final class Progress implements AutoCloseable {
  /** Files smaller than this finish too fast for a bar to help (about 5,000 typical records). */
  static final long THRESHOLD = 4L * 1024 * 1024;

  private final ProgressBar bar;
  private final String recordsLabel;
  private long records;

  private Progress(ProgressBar bar, String recordsLabel) {
    this.bar = bar;
    this.recordsLabel = recordsLabel;
  }

  /**
   * A bar for {@code file} when {@code wanted} is true (or null: interactive terminals only) and it is large;
   * none for standard input ({@code -}), whose size is unknown. {@code task} names the label {@code
   * progress.TASK} in the person's language.
   */
  static Progress forFile(Path file, String task, Boolean wanted, Locale locale) throws IOException {
    String recordsLabel = CliText.text(locale, "progress.records");
    if (Cli.isStdio(file)) {
      return new Progress(null, recordsLabel);
    }
    long size = Files.size(file);
    boolean show = wanted != null ? wanted : System.console() != null && size >= THRESHOLD;
    if (!show) {
      return new Progress(null, recordsLabel);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(CliText.text(locale, "progress." + task))
            .setInitialMax(size)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" MiB", 1024 * 1024)
            .showSpeed()
            .build();
    return new Progress(bar, recordsLabel);
  }

  /**
   * A bar over {@code total} bytes moved by {@link #bytesTo}, when {@code wanted} (or null: interactive
   * terminals only, for large totals); for work done on several threads, such as hashing a bag.
   */
  static Progress forBytes(long total, String task, Boolean wanted, Locale locale) {
    boolean show = wanted != null ? wanted : System.console() != null && total >= THRESHOLD;
    if (!show) {
      return new Progress(null, "");
    }
    return new Progress(new ProgressBarBuilder().setTaskName(CliText.text(locale, "progress." + task)).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" MiB", 1024 * 1024).showSpeed().build(), "");
  }

  /** A bar counting records of a list of unknown length, when {@code wanted} (or null: interactive terminals only). */
  static Progress forRecords(String task, Boolean wanted, Locale locale) {
    boolean show = wanted != null ? wanted : System.console() != null;
    String recordsLabel = CliText.text(locale, "progress.records");
    if (!show) {
      return new Progress(null, recordsLabel);
    }
    return new Progress(new ProgressBarBuilder().setTaskName(CliText.text(locale, "progress." + task)).setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" " + recordsLabel, 1).showSpeed().build(), "");
  }

  /** Counts one record into a bar of records (see {@link #forRecords}). */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Moves the bar to {@code done} bytes; safe from any thread. */
  synchronized void bytesTo(long done) {
    if (bar != null && done > bar.getCurrent()) {
      bar.stepTo(done);
    }
  }

  /** {@code in} counted into the bar. */
  InputStream track(InputStream in) {
    if (bar == null) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bar.stepBy(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bar.stepBy(n);
        }
        return n;
      }
    };
  }

  /** Counts one record, shown beside the bar. */
  void record() {
    records++;
    if (bar != null && records % 1000 == 0) {
      bar.setExtraMessage(records + " " + recordsLabel);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      if (!recordsLabel.isEmpty()) {
        bar.setExtraMessage(records + " " + recordsLabel);
      }
      bar.close();
    }
  }
}
