package vn.libnet.digital.iiif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/**
 * Validates IIIF Presentation API 3.0 documents (a Manifest, a Collection, or an Annotation Page or
 * Annotation standing alone) on the rules that a JSON Schema cannot state or states badly: the {@code
 * @context}; no Presentation 2 keys; the type of each resource and of what it holds; ids present, unique
 * and HTTP(S); required and recommended labels; well-formed language maps; {@code rights} from Creative
 * Commons or RightsStatements.org; {@code navDate}; behaviours valid for their resource and not
 * contradictory; width with height; positive durations; painting annotations that target their Canvas.
 * Issues carry JSON Pointers (RFC 6901) and bilingual texts, in the profile {@code iiif-presentation}
 * version {@code 3.0}.
 *
 * <p>It never throws on bad data: a document that is not JSON, nests deeper than {@value #MAX_DEPTH}
 * levels or exceeds {@value #MAX_BYTES} bytes is reported as one issue. Documents are read whole (a
 * manifest is a single JSON value), within those bounds.
 */
public final class IiifValidator {
  /** The largest document read, in bytes. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_DEPTH = 200;
  private static final Object NODES = new Object();
  private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_BYTES)
              .maxStringLength((int) MAX_BYTES).build())
          .build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      // One document: what follows the object would reach viewers unchecked.
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Profile<JsonNode> PROFILE = build();

  private IiifValidator() {}

  private static Profile<JsonNode> build() {
    List<Rule<JsonNode>> rules = new ArrayList<>(IiifShapeRules.rules());
    rules.addAll(IiifValueRules.rules());
    rules.addAll(IiifBehaviors.rules());
    rules.addAll(IiifTargets.rules());
    return Profile.of("iiif-presentation", "3.0", JsonNode.class, rules);
  }

  /** The profile, to derive a stricter or looser variant from. */
  public static Profile<JsonNode> profile() {
    return PROFILE;
  }

  /** Validates a parsed document with this profile, messages in {@code locale}. */
  public static ValidationReport validate(JsonNode document, Locale locale) {
    return PROFILE.validate(document, ValidationContext.of(locale));
  }

  /**
   * Reads and validates {@code file}; a file that is not JSON gives a report with {@code IIIF_JSON_INVALID}
   * or {@code IIIF_DOCUMENT_TOO_LARGE}.
   *
   * @throws IOException when the file cannot be read
   */
  public static ValidationReport validate(Path file, Locale locale) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      return single("IIIF_DOCUMENT_TOO_LARGE", locale, Files.size(file), MAX_BYTES, MAX_DEPTH);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in, locale);
    }
  }

  /**
   * Reads and validates one JSON document from {@code in} (not closed).
   *
   * @throws IOException when the stream cannot be read
   */
  public static ValidationReport validate(InputStream in, Locale locale) throws IOException {
    JsonNode tree;
    // JSON on the web is UTF-8 (RFC 8259 §8.1): no guessing UTF-16 or UTF-32 from the first bytes, which a
    // viewer reading UTF-8 would not do either.
    java.io.Reader utf8 = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    try {
      tree = READER.readTree(utf8);
    } catch (java.nio.charset.CharacterCodingException e) {
      return single("IIIF_JSON_INVALID", locale, "not UTF-8", "?");
    } catch (StreamConstraintsException e) {
      return single("IIIF_DOCUMENT_TOO_LARGE", locale, "?", MAX_BYTES, MAX_DEPTH);
    } catch (JsonProcessingException e) {
      return single("IIIF_JSON_INVALID", locale, e.getOriginalMessage(),
          e.getLocation() == null ? "?" : e.getLocation().getLineNr());
    }
    if (tree == null || tree.isMissingNode()) {
      return single("IIIF_JSON_INVALID", locale, "empty", 1);
    }
    if (!tree.isObject()) {
      return single("IIIF_NOT_AN_OBJECT", locale, tree.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    return validate(tree, locale);
  }

  private static ValidationReport single(String code, Locale locale, Object... args) {
    return new ValidationReport(PROFILE.name() + "/" + PROFILE.version(),
        List.of(ValidationIssue.of(code, Severity.ERROR, "", locale, args)));
  }

  /** Every object of {@code doc} once, shared by the rules of one validation. */
  static List<IiifNodes.Node> nodes(JsonNode doc, Rule.IssueSink sink) {
    return sink.shared(NODES, () -> IiifNodes.of(doc));
  }
}
