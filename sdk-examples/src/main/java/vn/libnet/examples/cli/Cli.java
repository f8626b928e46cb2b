package vn.libnet.examples.cli;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** Small helpers the commands share: {@code -} for standard input and output, required values with their sources. */
final class Cli {
  private Cli() {}

  /** {@code -} stands for standard input or output, as in every Unix tool, so commands compose in pipes. */
  static boolean isStdio(Path file) {
    return file != null && file.toString().equals("-");
  }

  /** The file, or standard input for {@code -}; closing the stream never closes standard input. */
  static InputStream open(Path file, InputStream stdin) throws IOException {
    if (isStdio(file)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process
        }
      };
    }
    if (Files.isDirectory(file)) {
      // opening a folder "works" on Linux and fails at the first read with a less helpful message
      throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory");
    }
    return Files.newInputStream(file);
  }

  /** The file, or standard output for {@code -}; closing the stream only flushes standard output. */
  static OutputStream create(Path file, OutputStream stdout) throws IOException {
    if (isStdio(file)) {
      return new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newOutputStream(file);
  }

  /** A failure already worded for the person, one line in their language; printed as is, exit 2. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String line) {
      super(line, null, false, false);
    }
  }

  /** The private key in {@code file} (PEM), or a {@link UserError} naming the file and what to give instead. */
  static java.security.PrivateKey readPrivateKey(Path file, Locale locale) throws IOException {
    // Latin-1 decodes any bytes, so a binary file given by mistake reaches the PEM check and its clear message
    String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      return vn.libnet.core.signature.Keys.privateKeyFromPem(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(CliText.text(locale, "error.privateKey", file));
    }
  }

  /**
   * Fails with one {@link UserError} line when nothing answers at {@code hub}, so that a command with many
   * requests (conformance's checks, contribute's batches) says it once instead of once per request. Any
   * HTTP answer, even an error status, means the hub is there.
   */
  static void requireReachable(String hub, Locale locale) {
    java.net.URI uri;
    try {
      uri = java.net.URI.create(hub);
    } catch (IllegalArgumentException e) {
      throw new UserError(CliText.text(locale, "error.badValue", "--hub", hub));
    }
    if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
      throw new UserError(CliText.text(locale, "error.badHub", hub));
    }
    requireReachable(uri, CliText.text(locale, "error.unreachable", hub));
  }

  /**
   * Sends one GET to {@code uri}; when nothing answers there (no route, refused, unknown host, timed out),
   * a {@link UserError} saying {@code unreachable}. Any answer, whatever its status, is for the command to judge.
   */
  static void requireReachable(java.net.URI uri, String unreachable) {
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
    try {
      http.send(java.net.http.HttpRequest.newBuilder(uri).timeout(java.time.Duration.ofSeconds(20)).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      if (CliErrors.isUnreachable(e)) {
        throw new UserError(unreachable);
      }
      // TLS and protocol trouble is for the command itself to report, with its own words
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A MARC reader over {@code in}; input whose format cannot be detected is a {@link UserError} naming the file. */
  static vn.libnet.marc.io.MarcRecordReader openMarc(Path file, InputStream in, vn.libnet.marc.io.MarcFormat format,
      vn.libnet.marc.io.ReadOptions options, Locale locale) {
    try {
      return vn.libnet.marc.io.MarcReaders.open(in, format, options);
    } catch (IllegalArgumentException e) {
      if (format != null) {
        throw e;
      }
      throw new UserError(CliText.text(locale, "error.noFormat", file));
    }
  }

  /** The HTTP message on standard input, or a {@link UserError} saying what {@code command} expects there. */
  static vn.libnet.core.signature.HttpMessage readHttpMessage(InputStream stdin, String scheme, String command, Locale locale)
      throws IOException {
    String text = new String(stdin.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      return vn.libnet.core.signature.HttpMessage.parse(text, scheme);
    } catch (IllegalArgumentException e) {
      throw new UserError(CliText.text(locale, text.isBlank() ? "error.noHttpMessage" : "error.httpMessage", command));
    }
  }

  static LibnetCli root(CommandSpec spec) {
    return (LibnetCli) spec.root().userObject();
  }

  /**
   * Null when {@code value} is there; else the line saying where it can come from (flag, environment,
   * config file), printed on standard error by the caller, which then exits 2.
   */
  static String missing(Object value, String option, String paramLabel, String variable, String key, Locale locale) {
    if (value != null && !value.toString().isBlank()) {
      return null;
    }
    return CliText.text(locale, "error.required", option, paramLabel, variable, key);
  }
}
