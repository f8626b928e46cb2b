package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.client.model.Page;
import vn.libnet.core.problem.Problem;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Address;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.repair.RepairChange;
import vn.libnet.marc.repair.VietnameseRepair;
import vn.libnet.marc.validation.UnionCatalogProfile;
import vn.libnet.testkit.LibnetTestHub;
import vn.libnet.testkit.RawExchange;

/**
 * {@code libnet demo}: the whole SDK in a few seconds. Starts an embedded hub, registers keys for a library
 * in Hà Nội and one in Ho Chi Minh City, repairs and validates a shipped Vietnamese MARC file (legacy
 * TCVN3/VNI text, records with errors), contributes it signed from both libraries, shows the clusters of
 * books both hold, searches, follows the changes feed, and has a tampered request refused; then stops the
 * hub.
 */
@Command(
    name = "demo",
    description = {
      "Show the SDK at work: two libraries join the national network through an embedded hub.",
      "Chạy thử SDK: hai thư viện tham gia mạng lưới quốc gia qua một hub nhúng."
    })
final class DemoCommand implements Callable<Integer> {
  static final String CATALOGUE = "/vn/libnet/examples/demo/catalogue.mrc";
  private static final String HANOI = "VN-HaNoi-TVHN";
  private static final String HCM = "VN-HCM-TVKHTH";

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    out.println(CliText.text(locale, "demo.title"));
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      out.println(CliText.text(locale, "demo.hub", hub.baseUrl(), hub.hubKey().keyId()));
      out.println();

      out.println(CliText.text(locale, "demo.step.keys"));
      Map<String, KeyPair> keys = new LinkedHashMap<>();
      Map<String, LibnetClient> clients = new LinkedHashMap<>();
      try (LibnetClient admin = hub.adminClient().build()) {
        for (String[] lib : new String[][] {{HANOI, "Thư viện Hà Nội", "01"}, {HCM, "Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh", "79"}}) {
          KeyPair pair = ed25519();
          String keyId = lib[0] + "#k1";
          admin.registerLibraryKey(lib[0], new PublicKeyInfo(keyId, "ed25519", Keys.toPublicJwk(pair.getPublic())));
          LibnetClient c = LibnetClient.builder().baseUrl(hub.baseUrl()).signingKey(keyId, pair.getPrivate())
              .hubKeys(HubKeys.pinnedJwks(hub.jwks())).build();
          var saved = c.saveLibrary(library(lib[0], lib[1], lib[2]), null);
          out.println(CliText.text(locale, "demo.key", lib[1], lib[0], keyId, saved.etag()));
          keys.put(lib[0], pair);
          clients.put(lib[0], c);
        }
      }
      try {
        run(out, locale, hub, clients, keys);
      } finally {
        clients.values().forEach(LibnetClient::close);
      }
    }
    out.println();
    out.println(CliText.text(locale, "demo.done", (System.nanoTime() - start) / 1_000_000));
    out.println(CliText.text(locale, "demo.next"));
    return 0;
  }

  private void run(PrintWriter out, Locale locale, LibnetTestHub hub, Map<String, LibnetClient> clients, Map<String, KeyPair> keys)
      throws Exception {
    // 2. Read: every record of the file, grouped by the library that holds it (852 $a).
    List<Record> records = readCatalogue();
    Map<String, List<Record>> byLibrary = new LinkedHashMap<>();
    byLibrary.put(HANOI, new ArrayList<>());
    byLibrary.put(HCM, new ArrayList<>());
    records.forEach(r -> byLibrary.computeIfAbsent(holder(r), k -> new ArrayList<>()).add(r));
    out.println();
    out.println(CliText.text(locale, "demo.step.read", records.size()));
    out.println(CliText.text(locale, "demo.read", byLibrary.getOrDefault(HANOI, List.of()).size(), HANOI,
        byLibrary.getOrDefault(HCM, List.of()).size(), HCM));

    // 3. Repair.
    out.println();
    out.println(CliText.text(locale, "demo.step.repair"));
    int changed = 0;
    int recordsChanged = 0;
    List<String> examples = new ArrayList<>();
    for (Record r : records) {
      List<RepairChange> changes = VietnameseRepair.repair(r);
      if (!changes.isEmpty()) {
        recordsChanged++;
        changed += changes.size();
        if (examples.size() < 2) {
          RepairChange c = changes.get(0);
          examples.add(CliText.text(locale, "demo.repaired", r.getControlNumber() + " " + c.path(), c.before(), c.after(),
              c.encoding().displayName()));
        }
      }
    }
    out.println(CliText.text(locale, "demo.repaired.count", changed, recordsChanged));
    examples.forEach(out::println);

    // 4. Validate locally, as the hub will.
    out.println();
    out.println(CliText.text(locale, "demo.step.validate"));
    int valid = 0;
    String firstBad = null;
    String firstIssue = null;
    Map<String, vn.libnet.core.validation.Profile<Record>> profiles = new LinkedHashMap<>();
    for (Record r : records) {
      ValidationReport report = profiles.computeIfAbsent(holder(r), UnionCatalogProfile::forLibrary).validate(r).localized(locale);
      if (report.isValid()) {
        valid++;
      } else if (firstBad == null) {
        firstBad = r.getControlNumber();
        ValidationIssue i = report.issues().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        firstIssue = i.code() + " " + i.path() + " — " + i.message();
      }
    }
    out.println(CliText.text(locale, "demo.validated", valid, records.size() - valid, firstBad, firstIssue));

    // 5. Contribute, signed, from each library.
    out.println();
    out.println(CliText.text(locale, "demo.step.contribute"));
    Map<String, String> titleOfRecord = new LinkedHashMap<>();
    for (Map.Entry<String, List<Record>> e : byLibrary.entrySet()) {
      LibnetClient c = clients.get(e.getKey());
      if (c == null) {
        continue;
      }
      ContributionResult result = c.contributeRecords(RecordBatch.of(e.getValue()));
      Map<OutcomeStatus, Integer> t = result.totals();
      out.println(CliText.text(locale, "demo.contributed", e.getKey(), t.get(OutcomeStatus.ACCEPTED), t.get(OutcomeStatus.MERGED),
          t.get(OutcomeStatus.REJECTED)));
      for (RecordOutcome o : result.outcomes()) {
        if (o.recordId() != null) {
          titleOfRecord.put(o.recordId(), o.clusterId());
        }
      }
      c.submitStatistics(new StatisticsReport(e.getKey(), 2025, Map.of(StatisticsIndicator.COLLECTION_TITLES,
          java.math.BigDecimal.valueOf(e.getValue().size()))));
    }

    // 6. Clusters held by both.
    out.println();
    out.println(CliText.text(locale, "demo.step.clusters"));
    LibnetClient hanoi = clients.get(HANOI);
    Map<String, List<String>> clusters = new TreeMap<>();
    titleOfRecord.forEach((record, cluster) -> clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(record));
    int shared = 0;
    int shown = 0;
    for (Map.Entry<String, List<String>> cl : clusters.entrySet()) {
      if (cl.getValue().size() < 2) {
        continue;
      }
      CatalogRecord rec = hanoi.getRecord(cl.getValue().get(0));
      Set<String> holders = rec.holdings().stream().map(Holding::ownerIsil).collect(Collectors.toCollection(java.util.TreeSet::new));
      if (holders.size() > 1) {
        shared++;
        if (shown++ < 3) {
          out.println(CliText.text(locale, "demo.cluster", cl.getKey(), rec.title(), String.join(", ", cl.getValue()), String.join(", ", holders)));
        }
      }
    }
    out.println(CliText.text(locale, "demo.clusters", titleOfRecord.size(), clusters.size(), shared));

    // 7. Search.
    String word = firstWord(records);
    String query = "title any \"" + word + "\"";
    out.println();
    out.println(CliText.text(locale, "demo.step.search", query));
    List<CatalogRecord> hits = hanoi.searchCatalog(query).collect(Collectors.toList());
    hits.stream().limit(3).forEach(h -> out.println(CliText.text(locale, "demo.hit", h.id(), h.title(), h.contributorIsil())));
    out.println(CliText.text(locale, "demo.hits", hits.size()));

    // 8. Changes feed.
    out.println();
    out.println(CliText.text(locale, "demo.step.changes"));
    Page<Change> page = hanoi.listChanges(null, 1000);
    Map<String, Long> byType = page.items().stream().collect(Collectors.groupingBy(c -> c.type().name(), TreeMap::new, Collectors.counting()));
    // "HOLDING_SET: 38, ..." rather than a Map's {HOLDING_SET=38, ...}
    String counts = byType.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    out.println(CliText.text(locale, "demo.changes", page.items().size(), counts, page.next()));

    // 9. A tampered request, sent by hand so that the body can change after signing.
    out.println();
    out.println(CliText.text(locale, "demo.step.tamper"));
    String body = LibnetJson.mapper().writeValueAsString(new StatisticsReport(HANOI, 2025,
        Map.of(StatisticsIndicator.COLLECTION_TITLES, java.math.BigDecimal.valueOf(10))));
    HttpMessage signed = LibnetSignatures.signRequest(HttpMessage.request("PUT",
        java.net.URI.create(hub.baseUrl() + "v1/libraries/" + HANOI + "/statistics/2025"))
        .header("Content-Type", "application/json").header("Idempotency-Key", LibnetSignatures.nonce()).body(body).build(),
        HANOI + "#k1", SignatureAlgorithm.ED25519, keys.get(HANOI).getPrivate(), Clock.systemUTC());
    HttpMessage tampered = signed.withBody(body.replace("10", "99999").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpMessage answer = RawExchange.send(tampered);
    Problem p = LibnetJson.mapper().readValue(answer.body(), Problem.class);
    out.println(CliText.text(locale, "demo.refused", answer.status(), p.code(), p.detail()));
  }

  private static String holder(Record r) {
    DataField f = (DataField) r.getVariableField("852");
    return f == null || f.getSubfield('a') == null ? "" : f.getSubfield('a').getData();
  }

  private static String firstWord(List<Record> records) {
    for (Record r : records) {
      DataField f = (DataField) r.getVariableField("245");
      if (f != null && f.getSubfield('a') != null) {
        for (String w : VietnameseText.fold(f.getSubfield('a').getData()).split(" ")) {
          if (w.length() > 3) {
            return w;
          }
        }
      }
    }
    return "viet";
  }

  static List<Record> readCatalogue() {
    InputStream in = DemoCommand.class.getResourceAsStream(CATALOGUE);
    if (in == null) {
      throw new IllegalStateException("The demo catalogue " + CATALOGUE + " is missing from the jar");
    }
    List<Record> out = new ArrayList<>();
    try (MarcRecordReader reader = MarcReaders.open(in, MarcFormat.ISO2709, ReadOptions.lenient())) {
      reader.forEachRemaining((MarcRead r) -> {
        if (r.readable()) {
          out.add(r.record());
        }
      });
    }
    return out;
  }

  private static Library library(String isil, String name, String province) {
    try (InputStream in = Library.class.getResourceAsStream("/vn/libnet/core/examples/library.json")) {
      Library l = LibnetJson.mapper().readValue(in, Library.class);
      return new Library(isil, name, l.nameEn(), LibraryType.PUBLIC, new Address(l.address().street(), l.address().ward(), province,
          l.address().postalCode(), "VN"), l.parentOrganization(), l.establishedYear(), null, l.contacts(), List.of(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyPair ed25519() throws NoSuchAlgorithmException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }
}
