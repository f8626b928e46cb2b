package vn.libnet.digital.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.Messages;

/** docs/iiif.md names every code the validator can report, and each code has its texts. */
class IiifDocumentTest {
  private static final Path DOC = Path.of("..", "docs", "iiif.md");

  @Test
  void everyCodeIsDocumentedAndHasItsTexts() throws Exception {
    String doc = Files.readString(DOC);
    for (String code : IiifValidator.profile().codes()) {
      assertThat(doc).as(code).contains("`" + code + "`");
      assertThat(Messages.has(code)).as(code).isTrue();
    }
    for (String code : new String[] {"IIIF_JSON_INVALID", "IIIF_NOT_AN_OBJECT", "IIIF_DOCUMENT_TOO_LARGE", "IIIF_BUILD_RIGHTS_DROPPED",
        "IIIF_BUILD_IMAGE_UNREADABLE", "IIIF_BUILD_TOC_CANVAS", "IIIF_BUILD_NO_IMAGES"}) {
      assertThat(doc).as(code).contains("`" + code + "`");
      assertThat(Messages.has(code)).as(code).isTrue();
    }
  }
}
