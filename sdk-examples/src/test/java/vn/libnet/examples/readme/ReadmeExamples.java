package vn.libnet.examples.readme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marc4j.marc.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.BatchContributor;
import vn.libnet.client.BatchSummary;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.id.Isil;
import vn.libnet.core.id.Issn;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Library;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.TonePlacement;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.match.Deduplicator;
import vn.libnet.marc.match.MatchDecision;
import vn.libnet.marc.repair.RecordRepair;
import vn.libnet.marc.repair.VietnameseRepair;
import vn.libnet.core.text.SourceEncoding;
import vn.libnet.marc.validation.UnionCatalogProfile;

/**
 * The README's code, compiled: each region between {@code // README: name} and {@code // END README} is
 * shown in README.md as it is here (ReadmeSnippetsTest checks they agree), and ReadmeExamplesTest runs
 * each one and checks what the README says it does. The method parameters are what the README's prose
 * calls the inputs.
 */
final class ReadmeExamples {
  private static final Logger log = LoggerFactory.getLogger(ReadmeExamples.class);

  private ReadmeExamples() {}

  static String validateLibrary(String json) throws IOException {
    // README: validate-library
    Library library = LibnetJson.mapper().readValue(json, Library.class);
    ValidationReport report = NationalProfiles.library()
        .validate(library, ValidationContext.of(Locale.forLanguageTag("vi")));
    if (!report.isValid()) {
      report.issues().forEach(i -> log.warn("{} {} {}", i.code(), i.path(), i.message()));
    }
    String forTheHub = report.toJson();   // profile, valid, counts, countsByCode, issues
    // END README
    return forTheHub;
  }

  static void identifiers() {
    // README: identifiers
    Isbn isbn = Isbn.parse("ISBN 978-604-1-01234-9 (bìa mềm)");   // 9786041012349
    isbn.toIsbn10();                                               // Optional[6041012343]
    Isbn.isValid("978-604-1-01234-5");                             // false: check digit should be 9
    Issn.parse("issn 0378 5955");                                  // 0378-5955
    Isil.parse("VN-HaNoi-TVHN").isVietnamese();                    // true
    // END README
  }

  static void vietnameseText(List<String> titles, byte[] bytes) {
    // README: vietnamese-text
    VietnameseText.normalize("Khánh Hoà");                          // "Khánh Hòa" (NFC, traditional tones)
    VietnameseText.normalize("Khánh Hòa", TonePlacement.MODERN);    // "Khánh Hoà"
    VietnameseText.fold("Đà Nẵng, Hoà Bình");                       // "da nang hoa binh"
    titles.sort(VietnameseText.comparator());                      // a ă â b c d đ e ê …
    LegacyEncoding.TCVN3.decode(bytes);                            // TCVN3 (ABC) bytes to Unicode NFC
    LegacyEncoding.repair("Th­ viÖn Hµ Néi");                       // Optional[RepairedText[text=Thư viện Hà Nội, encoding=TCVN3]]
    // END README
  }

  static List<ValidationReport> readJsonDocuments(InputStream in, Locale locale, ValidationContext context)
      throws IOException {
    // README: json-documents
    List<ValidationReport> reports = new ArrayList<>();
    JsonDocuments.read(in, BibRecord.class, locale, doc -> reports.add(doc.readable()
        ? NationalProfiles.bibRecord().validate(doc.value(), context)
        : new ValidationReport("vn-bibrecord/1", List.of(doc.problem()))));
    // END README
    return reports;
  }

  /** Signs a request as the README shows, verifies it as the hub, answers it and verifies the answer. */
  static SignatureFailure signatures(Path keyFile, PublicKey publicKey, String uuid, String xml, PrivateKey hubKey,
      KeyResolver hubKeys, String json) throws IOException {
    // README: signatures
    PrivateKey key = Keys.privateKeyFromPem(Files.readString(keyFile));
    HttpMessage request = HttpMessage.request("POST", URI.create("https://hub.example.vn/v1/catalog/records"))
        .header("Content-Type", "application/marcxml+xml").header("Idempotency-Key", uuid).body(xml).build();
    HttpMessage signed = LibnetSignatures.signRequest(request, "VN-HaNoi-TVHN#k1", SignatureAlgorithm.ED25519, key, Clock.systemUTC());
    signed.headers("Signature-Input");   // libnet=("@method" "@target-uri" ...);created=...;expires=...;nonce=...

    // The hub compares @target-uri with its own public base URL, never with the request's Host.
    SignatureVerifier hub = LibnetSignatures.requestVerifier(KeyResolver.of(
        new VerificationKey("VN-HaNoi-TVHN#k1", SignatureAlgorithm.ED25519, publicKey)), new NonceCache(100_000),
        Clock.systemUTC(), List.of(URI.create("https://hub.example.vn/")));
    SignatureFailure why = null;
    try {
      hub.verify(signed);                 // the request as it reached the hub: accepted
      hub.verify(signed);                 // the same request again: a replay
    } catch (HttpSignatureException e) {
      why = e.failure();                  // REPLAYED, TARGET_MISMATCH, EXPIRED, DIGEST_MISMATCH, NONCE_CACHE_FULL, ...
      log.warn(e.message(Locale.forLanguageTag("vi")));
    }

    // The answer, signed by the hub and bound to the signed request it answers:
    HttpMessage answer = LibnetSignatures.signResponse(HttpMessage.response(200).request(signed)
        .header("Content-Type", "application/json").body(json).build(), "VN-LIBNET#hub1", SignatureAlgorithm.ED25519, hubKey, Clock.systemUTC());
    LibnetSignatures.responseVerifier(hubKeys, Clock.systemUTC()).verify(answer);   // fails for any other request
    // END README
    return why;
  }

  static void repairAndValidate(Path catalogue, Path marcxml, Locale locale) throws IOException {
    // README: marc-stream
    Profile<Record> profile = UnionCatalogProfile.forLibrary("VN-HaNoi-TVHN");
    VietnameseRepair repair = VietnameseRepair.forSource(SourceEncoding.learning());  // or .declared(VNI)
    try (MarcRecordReader reader = MarcReaders.open(catalogue, null, ReadOptions.lenient());
         MarcRecordWriter writer = MarcWriters.open(marcxml, MarcFormat.MARCXML)) {
      reader.forEachRemaining(read -> {
        if (!read.readable()) {                       // damaged beyond repair: number, byte offset, reason
          log.warn("record {} at byte {}: {}", read.number(), read.offset(), read.issues());
          return;
        }
        RecordRepair repaired = repair.repairRecord(read.record());   // TCVN3/VNI -> Unicode, doubts reported
        ValidationReport report = profile.validate(read.record(), ValidationContext.of(locale));
        writer.write(read.record());
      });
    }
    // END README
  }

  static List<MatchDecision> dedup(List<Record> records) {
    // README: dedup
    Deduplicator dedup = Deduplicator.standard();          // threshold 0.9, blocks of 200
    records.forEach(dedup::add);
    for (MatchDecision why : dedup.result().links()) {     // every link explained, element by element
      System.out.println(why.first() + " = " + why.second() + " " + why.score() + " " + why.evidence());
    }
    // END README
    return dedup.result().links();
  }

  static BatchSummary contribute(String hubUrl, Path keyFile, Path hubJwks, Path catalogue) throws IOException {
    // README: contribute
    try (LibnetClient hub = LibnetClient.builder()
        .baseUrl(hubUrl)                                                  // e.g. https://hub.libnet.vn/
        .signingKey("VN-HaNoi-TVHN#k1", Keys.privateKeyFromPem(Files.readString(keyFile)))
        .hubKeys(HubKeys.pinnedJwks(Files.readString(hubJwks)))         // trust only these keys
        .build()) {
      BatchSummary s = BatchContributor.builder(hub).batchSize(100).concurrency(2).build()
          .contribute(catalogue, Path.of(catalogue + ".checkpoint"));
      System.out.printf("accepted %d, merged %d, rejected %d%n", s.accepted(), s.merged(), s.rejected());
      return s;
    }
    // END README
  }
}
