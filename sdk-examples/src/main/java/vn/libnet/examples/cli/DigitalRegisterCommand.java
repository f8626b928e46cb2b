package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagObjects;
import vn.libnet.digital.iiif.IiifManifest;
import vn.libnet.digital.iiif.IiifValidator;

/**
 * {@code libnet digital register BAG --hub URL --base-url URL}: validates a bag, registers the object it
 * carries with the hub (signed) and stores its IIIF manifest there; run again on a registered object, it only
 * sends the manifest again.
 */
@Command(
    name = "register",
    description = {"Register the digital object of a bag with the hub, signed, and store its IIIF Presentation 3.0 manifest there.",
        "The bag is validated in full first; an object already registered only gets its manifest sent again.",
        "Đăng ký đối tượng số của một gói với hub, có chữ ký, và lưu manifest IIIF Presentation 3.0 của nó lên hub.",
        "Gói được kiểm tra đầy đủ trước; đối tượng đã đăng ký thì chỉ gửi lại manifest.",
        "Exit 0: registered (or already) and the manifest stored; 1: the bag, the object or the manifest is invalid or refused;"
            + " 2: usage, I/O, or the hub cannot be reached.",
        "Mã thoát 0: đã đăng ký (hoặc đã có) và đã lưu manifest; 1: gói, đối tượng hoặc manifest không hợp lệ hay bị từ chối;"
            + " 2: lỗi cách dùng, đọc ghi, hoặc không kết nối được hub."})
final class DigitalRegisterCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BAG", description = {"The bag's folder.", "Thư mục của gói."})
  Path bag;

  @Mixin HubIdentity identity;

  @Mixin IiifManifestOptions manifestOptions;

  @Mixin DigitalRightsOptions rightsOptions;

  @Mixin HubTrustOptions trust;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  OaiCommand.Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(bag.resolve("bagit.txt"))) {
      throw new Cli.UserError(CliText.text(locale, "digital.register.notABag", bag));
    }
    err.println(CliText.text(locale, "digital.register.validating", bag));
    err.flush();
    BagObjects.BagObject read = BagObjects.read(bag, locale);
    if (read.object() == null) {
      report(read.report(), out, locale);
      err.println(CliText.text(locale, "digital.register.invalidBag", bag));
      return 1;
    }
    if (identity.isil == null && read.object().ownerIsil() != null) {
      // The bag names its library (Source-Organization): that library signs unless told otherwise.
      identity.isil = read.object().ownerIsil();
    }
    String missing = identity.missing(identity.hub, locale);
    if (missing != null) {
      throw new Cli.UserError(missing);
    }
    DigitalObject object = rightsOptions.onto(owned(read.object(), identity.isil));
    // What the hub would refuse is said here, in the reader's language, before anything is sent.
    ValidationReport profile = NationalProfiles.digitalObject().validate(object, ValidationContext.of(locale));
    if (!profile.isValid()) {
      report(profile, out, locale);
      err.println(CliText.text(locale, "digital.register.invalidObject", object.id()));
      return 1;
    }
    IiifManifest manifest = manifestOptions.manifest(object, bag.resolve("data"), identity.hub, null, locale);
    ReportPrinter.printIssues(manifest.issues(), locale, err);
    ValidationReport valid = IiifValidator.validate(manifest.json(), locale);
    if (!valid.isValid()) {
      report(valid, out, locale);
      err.println(CliText.text(locale, "digital.register.invalidManifest", bag));
      return 1;
    }
    Cli.requireReachable(identity.hub, locale);
    try (LibnetClient client = LibnetClient.builder().baseUrl(identity.hub).libraryIsil(identity.isil)
        .signingKey(identity.keyId(), identity.privateKey(locale)).hubKeys(trust.trusted(locale)).build()) {
      return send(client, object, manifest, out, err, locale);
    } catch (LibnetProblemException e) {
      err.println(CliText.text(locale, "digital.register.refused", object.id(), e.message(locale)));
      ReportPrinter.printIssues(e.issues(), locale, err);
      err.flush();
      if (format == OaiCommand.Format.json) {
        // A program reading standard output learns of the refusal there too, not only from the exit code.
        ObjectNode j = LibnetJson.mapper().createObjectNode();
        j.put("object", object.id()).put("refused", true).put("status", e.status()).put("code", e.problemCode().name())
            .put("message", e.message(locale)).set("issues", LibnetJson.mapper().valueToTree(e.issues()));
        out.println(j.toString());
        out.flush();
      }
      return e.status() >= 400 && e.status() < 500 && e.problemCode() != ProblemCode.UNKNOWN ? 1 : LibnetCli.USAGE_OR_IO;
    } catch (LibnetClientException e) {
      err.println(e.message(locale));
      return LibnetCli.USAGE_OR_IO;
    }
  }

  private int send(LibnetClient client, DigitalObject object, IiifManifest manifest, PrintWriter out, PrintWriter err, Locale locale) {
    boolean registered = true;
    err.println(CliText.text(locale, "digital.register.registering", object.id(), object.files().size(), client.baseUrl()));
    err.flush();
    try {
      client.registerDigitalObject(object);
    } catch (LibnetProblemException e) {
      if (e.problemCode() != ProblemCode.CONFLICT) {
        throw e;
      }
      registered = false;
      err.println(CliText.text(locale, "digital.register.exists", object.id()));
    }
    err.println(CliText.text(locale, "digital.register.sending", object.id(), manifest.canvasCount()));
    err.flush();
    Versioned<JsonNode> stored = client.putDigitalObjectManifest(object.id(), manifest.toJson().getBytes(StandardCharsets.UTF_8), null);
    String url = client.baseUrl().resolve("v1/digital-objects/" + java.net.URLEncoder.encode(object.id(), StandardCharsets.UTF_8).replace("+", "%20") + "/manifest").toString();
    if (format == OaiCommand.Format.json) {
      ObjectNode j = LibnetJson.mapper().createObjectNode();
      j.put("object", object.id()).put("registered", registered).put("manifest", url).put("etag", stored.etag())
          .put("canvases", manifest.canvasCount());
      out.println(j.toString());
    } else {
      out.println(CliText.text(locale, registered ? "digital.register.done" : "digital.register.manifestOnly", object.id(),
          manifest.canvasCount(), stored.etag(), url));
    }
    out.flush();
    return 0;
  }

  private void report(ValidationReport report, PrintWriter out, Locale locale) {
    ReportPrinter printer = new ReportPrinter(locale);
    printer.add(bag.toString(), 1, report, format == OaiCommand.Format.text ? out : null);
    if (format == OaiCommand.Format.json) {
      printer.printJson(out, report.profile());
    }
    out.flush();
  }

  /** {@code o} owned by {@code isil} when the bag names no library. */
  private static DigitalObject owned(DigitalObject o, String isil) {
    return o.ownerIsil() != null ? o
        : new DigitalObject(o.id(), isil, o.recordId(), o.title(), o.files(), o.rights(), o.accessLevel(), o.created());
  }
}
