package vn.libnet.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.server.oai.OaiMemorySource;
import vn.libnet.server.oai.OaiRepository;
import vn.libnet.testkit.OaiTestServer;

/**
 * {@code libnet oai serve FILE}: publishes the records of a MARC file (any format sdk-marc detects) as an
 * OAI-PMH 2.0 repository at {@code http://127.0.0.1:PORT/oai}, for testing harvesters and the conformance
 * suite. Each record is {@code oai:<name>:<001>}, its datestamp its 005 (read as UTC) or else the file's
 * time, in a set {@code isil:<ISIL>} per 852 $a; a record whose leader/05 is {@code d} is published as a
 * deletion. Records held in memory: meant for files of test size, not a production catalogue.
 */
@Command(
    name = "serve",
    description = {"Publish a MARC file over OAI-PMH 2.0 at http://127.0.0.1:PORT/oai (for tests), until stopped (Ctrl-C).",
        "Công bố một tệp MARC qua OAI-PMH 2.0 tại http://127.0.0.1:PORT/oai (để thử nghiệm), đến khi bị dừng (Ctrl-C).",
        "Identifiers oai:NAME:<001>; datestamps from 005 (UTC) or the file's time; sets isil:<852 $a>; leader/05 d = deleted.",
        "Định danh oai:NAME:<001>; datestamp lấy từ 005 (UTC) hoặc thời gian của tệp; tập hợp isil:<852 $a>; leader/05 d = đã xoá.",
        "Exit 0: stopped; 2: usage, a file that cannot be read, or a port that cannot be bound.",
        "Mã thoát 0: đã dừng; 2: lỗi cách dùng, tệp không đọc được, hoặc không mở được cổng."})
final class OaiServeCommand implements Callable<Integer> {
  private static final DateTimeFormatter F005 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @Parameters(index = "0", paramLabel = "FILE",
      description = {"The MARC file (ISO 2709, MARCXML, MARC-in-JSON or .mrk); - for standard input.",
          "Tệp MARC (ISO 2709, MARCXML, MARC-in-JSON hoặc .mrk); - cho đầu vào chuẩn."})
  Path file;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8081",
      description = {"The port (default: ${DEFAULT-VALUE}; 0 for a free one).", "Cổng (mặc định: ${DEFAULT-VALUE}; 0 để chọn cổng trống)."})
  int port;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "libnet-file",
      description = {"The identifiers' namespace, oai:NAME:<001> (default: ${DEFAULT-VALUE}).",
          "Không gian tên của định danh, oai:NAME:<001> (mặc định: ${DEFAULT-VALUE})."})
  String name;

  @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
      description = {"Records per page before a resumption token (default: ${DEFAULT-VALUE}).",
          "Số biểu ghi mỗi trang trước mã tiếp tục (mặc định: ${DEFAULT-VALUE})."})
  int pageSize;

  @Option(names = "--run-for", paramLabel = "SECONDS", defaultValue = "0", hidden = true)
  long runFor;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535 || pageSize < 1 || !name.matches("[A-Za-z0-9][A-Za-z0-9.\\-]*")) {
      throw new Cli.UserError(CliText.text(locale, "oai.serve.badOption", String.valueOf(port), String.valueOf(pageSize), name));
    }
    Instant fileTime = Cli.isStdio(file) ? Instant.now() : Files.getLastModifiedTime(file).toInstant();
    List<OaiItem> items = new ArrayList<>();
    int skipped = 0;
    try (InputStream in = Cli.open(file, Cli.root(spec).in());
        MarcRecordReader reader = Cli.openMarc(file, in, null, new ReadOptions(ReadMode.LENIENT, locale), locale)) {
      Set<String> ids = new HashSet<>();
      while (reader.hasNext()) {
        MarcRead read = reader.next();
        String id = read.readable() ? read.controlNumber() : null;
        if (id == null || id.isBlank() || !ids.add(id.strip())) {
          // Said, not dropped quietly: a harvester would otherwise miss it without a word.
          String at = read.offset() >= 0 ? CliText.text(locale, "oai.serve.atByte", read.offset()) : CliText.text(locale, "oai.serve.atLine", read.line());
          err.println(CliText.text(locale, !read.readable() ? "oai.serve.unreadable" : id == null || id.isBlank() ? "oai.serve.noId"
              : "oai.serve.duplicateId", read.number(), at,
              id == null ? "" : id.strip()));
          skipped++;
          continue;
        }
        items.add(item("oai:" + name + ":" + id.strip(), read.record(), fileTime));
      }
    }
    boolean deletions = items.stream().anyMatch(OaiItem::deleted);
    Instant earliest = items.stream().map(OaiItem::datestamp).min(Instant::compareTo).orElse(fileTime);
    String title = CliText.text(locale, "oai.serve.repository", Cli.isStdio(file) ? "-" : file.getFileName().toString());
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch said = new CountDownLatch(1);
    try (OaiTestServer server = startServer(locale, url -> OaiMemorySource.builder(new OaiRepository(title, url,
        List.of("oai@" + name + ".invalid"), earliest, deletions ? "persistent" : "no", true)).addAll(items).build())) {
      // The JVM halts when its hooks return: this one waits (bounded) until the server is closed and it is said.
      Thread hook = new Thread(() -> {
        stop.countDown();
        try {
          said.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "libnet-oai-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println(CliText.text(locale, "oai.serve.started", server.baseUrl(), items.size(), items.stream().filter(OaiItem::deleted).count(),
          skipped));
      out.flush();
      if (runFor > 0) {
        stop.await(runFor, TimeUnit.SECONDS);
      } else {
        stop.await();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping: the hook ran
      }
    }
    out.println(CliText.text(locale, "oai.serve.stopped"));
    out.flush();
    said.countDown();
    return 0;
  }

  private OaiTestServer startServer(Locale locale, java.util.function.Function<String, OaiMemorySource> source) {
    try {
      return OaiTestServer.builder().port(port).pageSize(pageSize).start(source);
    } catch (java.io.UncheckedIOException e) {
      throw new Cli.UserError(CliText.text(locale, "oai.serve.cannotBind", String.valueOf(port)));
    }
  }

  private static OaiItem item(String identifier, Record r, Instant fileTime) {
    boolean deleted = r.getLeader().getRecordStatus() == 'd';
    return new OaiItem(identifier, datestamp(r, fileTime), holders(r), deleted, deleted ? null : r);
  }

  // 005 is the record's last transaction, yyyymmddhhmmss.f, with no zone: taken as UTC, as most exports write it.
  private static Instant datestamp(Record r, Instant fallback) {
    VariableField f = r.getVariableField("005");
    if (f instanceof org.marc4j.marc.ControlField c && c.getData() != null && c.getData().length() >= 14) {
      try {
        return LocalDateTime.parse(c.getData().substring(0, 14), F005).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return fallback;
      }
    }
    return fallback;
  }

  private static List<String> holders(Record r) {
    Set<String> sets = new java.util.TreeSet<>();
    for (DataField f : r.getDataFields()) {
      if (f.getTag().equals("852")) {
        for (Subfield s : f.getSubfields('a')) {
          String isil = s.getData().strip();
          if (!isil.isEmpty() && isil.matches("[A-Za-z0-9\\-_.]+")) {
            sets.add("isil:" + isil);
          }
        }
      }
    }
    return List.copyOf(sets);
  }
}
