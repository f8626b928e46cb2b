package vn.libnet.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private long records;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar for {@code file} when {@code wanted} is true (or null: interactive terminals only) and it is large. */
  static Progress forFile(Path file, String task, Boolean wanted) throws IOException {
    long size = Files.size(file);
    boolean show = wanted != null ? wanted : System.console() != null && size >= THRESHOLD;
    if (!show) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(size)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" MiB", 1024 * 1024)
            .showSpeed()
            .build();
    return new Progress(bar);
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
      bar.setExtraMessage(records + " records");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.setExtraMessage(records + " records");
      bar.close();
    }
  }
}
