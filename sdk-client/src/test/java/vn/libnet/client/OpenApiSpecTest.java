package vn.libnet.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import vn.libnet.core.problem.ProblemCode;

class OpenApiSpecTest {
  /** The one operation that needs no signature: a client fetches the hub's keys before it can verify anything. */
  private static final String OPEN_OPERATION = "getHubKeys";
  private static final String SCHEME = "libnetSignature";

  private static OpenAPI spec;
  private static SwaggerParseResult result;
  /** The same document with its internal references kept, to follow an answer to the problem codes it names. */
  private static OpenAPI raw;

  @BeforeAll
  static void parse() {
    URL url = LibnetClient.class.getResource("/openapi/libnet-v1.yaml");
    assertThat(url).as("the specification ships in the jar").isNotNull();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    result = new OpenAPIV3Parser().readLocation(url.toString(), null, options);
    spec = result.getOpenAPI();
    ParseOptions keepRefs = new ParseOptions();
    keepRefs.setResolve(true);
    raw = new OpenAPIV3Parser().readLocation(url.toString(), null, keepRefs).getOpenAPI();
  }

  @Test
  void parsesAsOpenApi31WithoutErrors() {
    assertThat(result.getMessages()).isEmpty();
    assertThat(spec).isNotNull();
    assertThat(spec.getOpenapi()).isEqualTo("3.1.0");
    assertThat(spec.getPaths()).containsKeys("/v1/libraries", "/v1/catalog/records", "/v1/catalog/changes", "/.well-known/jwks.json");
  }

  @Test
  void everyOperationHasAClientMethodOfTheSameName() {
    Set<String> clientMethods = Arrays.stream(LibnetClient.class.getMethods())
        .filter(m -> m.getDeclaringClass() == LibnetClient.class && !Modifier.isStatic(m.getModifiers()))
        .map(Method::getName).collect(Collectors.toSet());
    Set<String> operations = operations().keySet();
    assertThat(operations).hasSize(22);
    assertThat(clientMethods).containsAll(operations);
  }

  @Test
  void theRetrofitInterfaceCallsExactlyTheSpecifiedPathsAndMethods() {
    Map<String, String> specified = operations();
    Map<String, String> called = new HashMap<>();
    for (Method m : LibnetApi.class.getDeclaredMethods()) {
      for (Annotation a : m.getAnnotations()) {
        String route = a instanceof GET g ? "GET /" + g.value()
            : a instanceof POST p ? "POST /" + p.value()
            : a instanceof PUT u ? "PUT /" + u.value()
            : a instanceof DELETE d ? "DELETE /" + d.value() : null;
        if (route != null) {
          called.put(m.getName(), route);
        }
      }
    }
    assertThat(called).isEqualTo(specified);
  }

  @Test
  void everyWriteRequiresTheSignatureHeadersAndAnIdempotencyKey() {
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      if (method != PathItem.HttpMethod.GET) {
        List<String> headers = op.getParameters().stream().filter(p -> "header".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
            .map(p -> p.getName()).collect(Collectors.toList());
        assertThat(headers).as(method + " " + path)
            .contains("Idempotency-Key", "Content-Digest", "Signature-Input", "Signature");
        assertThat(op.getResponses()).as(method + " " + path).containsKey("401");
        assertThat(op.getExtensions()).as(method + " " + path).containsEntry("x-libnet-signed", true);
      }
    }));
  }

  @Test
  void theProblemCodesOfTheSpecificationAreTheClientsCodes() {
    Set<String> inSpec = new TreeSet<>();
    spec.getComponents().getSchemas().get("ProblemCode").getEnum().forEach(e -> inSpec.add(String.valueOf(e)));
    Set<String> inClient = Arrays.stream(ProblemCode.values()).filter(c -> c != ProblemCode.UNKNOWN).map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inSpec).isEqualTo(inClient);
  }

  @Test
  void sdkCoreSchemasAreReusedNotCopied() {
    Operation put = spec.getPaths().get("/v1/libraries/{isil}").getPut();
    var schema = put.getRequestBody().getContent().get("application/json").getSchema();
    // Resolved from ./schemas/library.schema.json, the file sdk-core validates with.
    assertThat(schema.getProperties()).containsKeys("isil", "name", "type", "address");
  }

  /** The readiness answers are the core's records as JSON: each schema names exactly their components. */
  @Test
  void theReadinessSchemasNameTheCoreRecordsComponents() {
    Map<String, Class<?>> records = Map.of(
        "LibraryScore", vn.libnet.core.readiness.scoring.LibraryScore.class,
        "IndicatorResult", vn.libnet.core.readiness.scoring.IndicatorResult.class,
        "ReadinessAggregate", vn.libnet.core.readiness.scoring.ReadinessAggregate.class,
        "IndicatorAggregate", vn.libnet.core.readiness.scoring.IndicatorAggregate.class);
    records.forEach((name, type) -> assertThat(new TreeSet<>(raw.getComponents().getSchemas().get(name).getProperties().keySet()))
        .as(name).isEqualTo(Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
            .collect(Collectors.toCollection(TreeSet::new))));
    Schema<?> target = (Schema<?>) raw.getComponents().getSchemas().get("IndicatorResult").getProperties().get("target");
    assertThat(new TreeSet<>(target.getProperties().keySet())).isEqualTo(Arrays.stream(
        vn.libnet.core.readiness.criteria.GroupTarget.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new)));
    Operation submit = spec.getPaths().get("/v1/surveys/{surveyId}/responses").getPost();
    // Resolved from ./schemas/readiness-response.schema.json, as the questionnaire from questionnaire.schema.json.
    assertThat(submit.getRequestBody().getContent().get("application/json").getSchema().getProperties())
        .containsKeys("questionnaireId", "isil", "answers");
    assertThat(spec.getPaths().get("/v1/surveys/{surveyId}").getGet().getResponses().get("200").getContent()
        .get("application/json").getSchema().getProperties()).containsKeys("id", "criteriaId", "sections");
  }

  @Test
  void theSignatureIsASecuritySchemeThatNamesTheProfile() {
    SecurityScheme scheme = spec.getComponents().getSecuritySchemes().get(SCHEME);
    assertThat(scheme).as("components.securitySchemes." + SCHEME).isNotNull();
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(scheme.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(scheme.getName()).isEqualTo("Signature");
    assertThat(scheme.getDescription()).contains("RFC 9421", "Signature-Input", "libnet-v1", "\"@target-uri\"",
        "\"signature\";req;key=\"libnet\"");
  }

  @Test
  void everyOperationRequiresTheSignatureExceptTheOpenJwks() {
    forEachOperation((method, path, op) -> {
      List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : spec.getSecurity();
      String where = method + " " + path;
      if (OPEN_OPERATION.equals(op.getOperationId())) {
        assertThat(security).as(where + " is open").isEmpty();
        assertThat(op.getDescription()).as(where + " says why it is open").contains("Open");
        return;
      }
      assertThat(security).as(where).isNotEmpty();
      assertThat(security).as(where + " names the signature").anySatisfy(r -> assertThat(r).containsKey(SCHEME));
      if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
        // A write has no anonymous alternative: every way in is signed.
        assertThat(security).as(where + " must be signed").allSatisfy(r -> assertThat(r).containsKey(SCHEME));
      }
    });
  }

  @Test
  void everyOperationHasA4xxAnswer() {
    forEachOperation((method, path, op) -> assertThat(op.getResponses().keySet()).as(method + " " + path)
        .anySatisfy(code -> assertThat(code).matches("4[0-9X][0-9X]")));
  }

  @Test
  void signedOperationsAnswer401WithTheSignatureCodes413OnlyWithABodyAnd503WithTheNonceCache() {
    forEachRawOperation((method, path, op) -> {
      if (OPEN_OPERATION.equals(op.getOperationId())) {
        return;
      }
      assertThat(problemCodes(op.getResponses().get("401"))).as(method + " " + path + " 401")
          .containsExactlyInAnyOrder("SIGNATURE_INVALID", "DIGEST_INVALID", "REPLAYED", "TARGET_MISMATCH");
      // Oversized signature fields are a 401 (SIG_FIELD_TOO_LARGE); 413 is for bodies, so only operations with one.
      assertThat(op.getResponses().containsKey("413")).as(method + " " + path + " 413").isEqualTo(op.getRequestBody() != null);
      assertThat(problemCodes(op.getResponses().get("503"))).as(method + " " + path + " 503")
          .containsExactlyInAnyOrder("UNAVAILABLE", "NONCE_CACHE_FULL");
    });
  }

  @Test
  void writesWithABodyDeclare413() {
    List<String> writesWithBodies = new ArrayList<>();
    forEachRawOperation((method, path, op) -> {
      if (op.getRequestBody() != null) {
        writesWithBodies.add(op.getOperationId());
        assertThat(problemCodes(op.getResponses().get("413"))).as(method + " " + path + " 413").containsExactly("PAYLOAD_TOO_LARGE");
      }
    });
    assertThat(writesWithBodies).contains("contributeRecords", "saveLibrary", "submitStatistics");
  }

  @Test
  void theCodesEachAnswerNamesHaveThatAnswersStatus() {
    forEachRawOperation((method, path, op) -> op.getResponses().forEach((status, response) -> {
      for (String code : problemCodes(response)) {
        assertThat(ProblemCode.of(code).status()).as(method + " " + path + " " + status + " names " + code)
            .isEqualTo(Integer.parseInt(status));
      }
    }));
  }

  @Test
  void everyAnswerDescribesItsSignatureHeaders() {
    forEachRawOperation((method, path, op) -> op.getResponses().forEach((status, response) ->
        assertThat(resolve(response).getHeaders()).as(method + " " + path + " " + status)
            .containsKeys("Signature", "Signature-Input", "Content-Digest")));
    assertThat(spec.getComponents().getHeaders().get("Signature").getDescription())
        .contains("\"signature\";req;key=\"libnet\"", "/.well-known/jwks.json");
  }

  private static Map<String, String> operations() {
    Map<String, String> ops = new HashMap<>();
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> ops.put(op.getOperationId(), method + " " + path)));
    return ops;
  }

  private interface OperationCheck {
    void check(PathItem.HttpMethod method, String path, Operation op);
  }

  private static void forEachOperation(OperationCheck check) {
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> check.check(method, path, op)));
  }

  private static void forEachRawOperation(OperationCheck check) {
    raw.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> check.check(method, path, op)));
  }

  private static ApiResponse resolve(ApiResponse response) {
    assertThat(response).isNotNull();
    return response.get$ref() == null ? response : raw.getComponents().getResponses().get(last(response.get$ref()));
  }

  /** The problem codes an answer allows: the enum of {@code code} in the problem schema it refers to (empty for plain Problem). */
  private static List<String> problemCodes(ApiResponse response) {
    ApiResponse r = resolve(response);
    var media = r.getContent() == null ? null : r.getContent().get("application/problem+json");
    if (media == null || media.getSchema().get$ref() == null) {
      return List.of();
    }
    Schema<?> schema = raw.getComponents().getSchemas().get(last(media.getSchema().get$ref()));
    if (schema.getAllOf() == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (Schema<?> part : schema.getAllOf()) {
      if (part.getProperties() != null && part.getProperties().get("code") != null && part.getProperties().get("code").getEnum() != null) {
        part.getProperties().get("code").getEnum().forEach(e -> codes.add(String.valueOf(e)));
      }
    }
    return codes;
  }

  private static String last(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
