package vn.libnet.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.RuleTables;

/**
 * docs/rules.md lists every rule code of every national profile with its severity and both texts. This
 * test fails when the document and the code disagree; run it with -Dlibnet.updateDocs=true to rewrite
 * the document from the code.
 */
class RulesDocumentTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void rulesDocumentMatchesTheProfiles() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("libnet.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOC).exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Validation rules of the national profiles\n\n")
        .append("Generated from the code by `RulesDocumentTest` (run `mvn -pl sdk-core test")
        .append(" -Dtest=RulesDocumentTest -Dlibnet.updateDocs=true` after changing a rule).\n\n")
        .append("Each issue carries the stable **code** below; programs test the code, people read the")
        .append(" message, which the SDK gives in English or Vietnamese. `{0}`, `{1}`… stand for the")
        .append(" values quoted from the document. ERROR makes a document invalid (the hub refuses it);")
        .append(" WARNING and INFO do not. A profile's severities can be changed with")
        .append(" `Profile.withSeverity`.\n\n")
        .append("Mỗi lỗi có một **mã** cố định dưới đây; chương trình kiểm tra theo mã, người đọc thông")
        .append(" điệp bằng tiếng Việt hoặc tiếng Anh. ERROR làm tài liệu không hợp lệ (máy chủ quốc gia")
        .append(" từ chối); WARNING và INFO thì không.\n");
    for (Profile<?> p : NationalProfiles.all()) {
      md.append(RuleTables.markdown(p));
    }
    return md.toString();
  }

}
