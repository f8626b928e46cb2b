package vn.libnet.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
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
import vn.libnet.client.model.ProblemCode;

class OpenApiSpecTest {
  private static OpenAPI spec;
  private static SwaggerParseResult result;

  @BeforeAll
  static void parse() {
    URL url = LibnetClient.class.getResource("/openapi/libnet-v1.yaml");
    assertThat(url).as("the specification ships in the jar").isNotNull();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    result = new OpenAPIV3Parser().readLocation(url.toString(), null, options);
    spec = result.getOpenAPI();
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
    assertThat(operations).hasSize(19);
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

  private static Map<String, String> operations() {
    Map<String, String> ops = new HashMap<>();
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> ops.put(op.getOperationId(), method + " " + path)));
    return ops;
  }
}
