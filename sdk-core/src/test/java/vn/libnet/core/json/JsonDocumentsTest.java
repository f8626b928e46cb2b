package vn.libnet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.libnet.core.model.Library;

class JsonDocumentsTest {

  @Test
  void readsOneObject() throws IOException {
    List<JsonDocument<Library>> docs = read("{\"isil\":\"VN-A\",\"name\":\"Thư viện A\"}");
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).readable()).isTrue();
    assertThat(docs.get(0).value().name()).isEqualTo("Thư viện A");
  }

  @Test
  void readsAnArrayAndReportsTheBadElementWithItsPointer() throws IOException {
    List<JsonDocument<Library>> docs =
        read("[{\"isil\":\"VN-A\"}, {\"isil\":\"VN-B\",\"type\":\"BOOKSHOP\"}, {\"isil\":\"VN-C\",\"contacts\":[{\"name\":[1]}]}, {\"isil\":\"VN-D\"}]");
    assertThat(docs).extracting(JsonDocument::index).containsExactly(1, 2, 3, 4);
    assertThat(docs).extracting(JsonDocument::readable).containsExactly(true, false, false, true);
    assertThat(docs.get(1).problem().code()).isEqualTo("JSON_BINDING");
    assertThat(docs.get(1).problem().path()).isEqualTo("/type");
    assertThat(docs.get(1).problem().message()).contains("BOOKSHOP");
    assertThat(docs.get(2).problem().path()).isEqualTo("/contacts/0/name");
    assertThat(docs.get(3).value().isil()).isEqualTo("VN-D");
  }

  @Test
  void aTruncatedFileKeepsWhatWasReadAndNamesLineAndColumn() throws IOException {
    List<JsonDocument<Library>> docs = read("[{\"isil\":\"VN-A\"},\n {\"isil\":\"VN-");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).value().isil()).isEqualTo("VN-A");
    assertThat(docs.get(1).problem().code()).isEqualTo("JSON_SYNTAX");
    assertThat(docs.get(1).problem().message()).startsWith("Not valid JSON at line 2, column");
    assertThat(docs.get(1).problem().localized(Locale.forLanguageTag("vi")).message()).startsWith("JSON không hợp lệ ở dòng 2");
  }

  @Test
  void brokenUtf8IsASyntaxErrorNotACrash() throws IOException {
    byte[] bytes = "{\"name\":\"Th\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    List<JsonDocument<Library>> docs = new ArrayList<>();
    JsonDocuments.read(new ByteArrayInputStream(bytes), Library.class, Locale.ENGLISH, docs::add);
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.problem().code()).isEqualTo("JSON_SYNTAX"));
    assertThat(docs.get(0).problem().message()).containsIgnoringCase("UTF-8");
  }

  @Test
  void emptyInputAndTrailingContentAreReported() throws IOException {
    assertThat(read("   ")).singleElement().satisfies(d -> assertThat(d.problem().message()).contains("the input is empty"));
    List<JsonDocument<Library>> docs = read("{\"isil\":\"VN-A\"} {\"isil\":\"VN-B\"}");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).readable()).isTrue();
    assertThat(docs.get(1).problem().message()).contains("content after the end");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsABindingProblem() throws IOException {
    assertThat(read("[\"VN-A\"]")).singleElement().satisfies(d -> {
      assertThat(d.problem().code()).isEqualTo("JSON_BINDING");
      assertThat(d.problem().path()).isEmpty();
    });
  }

  private static List<JsonDocument<Library>> read(String json) throws IOException {
    List<JsonDocument<Library>> docs = new ArrayList<>();
    JsonDocuments.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Library.class, Locale.ENGLISH, docs::add);
    return docs;
  }
}
