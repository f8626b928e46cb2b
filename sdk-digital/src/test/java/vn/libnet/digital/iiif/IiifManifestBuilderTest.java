package vn.libnet.digital.iiif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.Publication;
import vn.libnet.core.model.Subject;
import vn.libnet.core.model.Title;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationReport;

/** Manifests built from real image files: canvases in the object's order, sized from the images, valid. */
class IiifManifestBuilderTest {
  static final URI BASE = URI.create("https://iiif.example.vn/objects/OBJ-1/");
  @TempDir Path dir;

  static BibRecord record() {
    return new BibRecord("REC-9", null, List.of(new Title(vn.libnet.core.model.TitleType.MAIN, "Truyện Kiều", "Đoạn trường tân thanh", null, null)),
        null, List.of(Contributor.author("Nguyễn Du")), List.of(Identifier.of(IdentifierType.ISBN, "9786049999999")), null,
        new Publication("Hà Nội", "Nhà xuất bản Văn học", 1820, null), null, List.of("vie"),
        List.of(new Subject("Văn học Việt Nam", null, null)), List.of(), List.of());
  }

  static Library library() {
    return new Library("VN-HN0001", "Thư viện Quốc gia Việt Nam", "National Library of Vietnam", LibraryType.NATIONAL, null, null,
        1917, "https://nlv.gov.vn/", List.of(), List.of(), List.of());
  }

  @Test
  void oneCanvasPerImageInOrderSizedFromItsHeaderWithEncodedIds() throws Exception {
    DigitalObject book = IiifSamples.book(dir, "https://creativecommons.org/licenses/by/4.0");
    IiifManifest m = IiifManifestBuilder.builder(BASE).object(book, dir).locale(Locale.ENGLISH).build();
    JsonNode json = m.json();
    assertThat(m.issues()).isEmpty();
    assertThat(json.get("id").asText()).isEqualTo("https://iiif.example.vn/objects/OBJ-1/manifest");
    assertThat(m.canvasCount()).isEqualTo(3);
    int[][] sizes = {{300, 400}, {320, 240}, {200, 100}};
    String[] formats = {"image/tiff", "image/png", "image/jpeg"};
    for (int i = 0; i < 3; i++) {
      JsonNode canvas = json.get("items").get(i);
      assertThat(canvas.get("id").asText()).isEqualTo(BASE + "canvas/" + (i + 1));
      assertThat(canvas.get("width").asInt()).isEqualTo(sizes[i][0]);
      assertThat(canvas.get("height").asInt()).isEqualTo(sizes[i][1]);
      JsonNode anno = canvas.at("/items/0/items/0");
      assertThat(anno.get("motivation").asText()).isEqualTo("painting");
      assertThat(anno.get("target").asText()).isEqualTo(canvas.get("id").asText());
      assertThat(anno.at("/body/format").asText()).isEqualTo(formats[i]);
    }
    // NFD in the object, NFC (then UTF-8, percent-encoded) in the URL; the space and % encoded too.
    assertThat(json.at("/items/1/items/0/items/0/body/id").asText())
        .isEqualTo(BASE + "files/master/0002%20trang%20%C4%91%E1%BA%A7u.png");
    assertThat(json.at("/items/2/items/0/items/0/body/id").asText()).isEqualTo(BASE + "files/master/0003%20100%25.jpg");
    assertThat(json.at("/rendering/0/format").asText()).isEqualTo("application/pdf");
    assertThat(json.at("/rendering/0/id").asText()).isEqualTo(BASE + "files/book.pdf");
    assertThat(json.get("rights").asText()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
    assertThat(json.at("/label/none/0").asText()).isEqualTo("Truyện Kiều");
    assertThat(json.at("/provider/0/id").asText()).isEqualTo(BASE + "provider/VN-HN0001");
    ValidationReport report = IiifValidator.validate(json, Locale.ENGLISH);
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void recordLibraryImageServiceAndTableOfContents() throws Exception {
    DigitalObject book = IiifSamples.book(dir, "http://rightsstatements.org/vocab/NoC-US/1.0/");
    IiifManifest m = IiifManifestBuilder.builder(BASE).object(book, dir).record(record()).library(library())
        .imageService(URI.create("https://images.example.vn/iiif/3/"))
        .hub(URI.create("https://hub.libnet.vn"))
        .homepage(URI.create("https://opac.nlv.gov.vn/record/REC-9"))
        .tableOfContents(List.of(new IiifTocEntry("Phần mở đầu", List.of(1, 2)), new IiifTocEntry("Phụ lục", List.of(3, 9))))
        .locale(Locale.ENGLISH).build();
    JsonNode json = m.json();
    assertThat(json.at("/label/vi/0").asText()).isEqualTo("Truyện Kiều : Đoạn trường tân thanh");
    assertThat(json.at("/metadata/0/label/en/0").asText()).isEqualTo("Title");
    assertThat(json.at("/metadata/0/label/vi/0").asText()).isEqualTo("Nhan đề");
    assertThat(json.at("/metadata/1/value/vi/0").asText()).isEqualTo("Nguyễn Du");
    assertThat(json.get("navDate").asText()).isEqualTo("1820-01-01T00:00:00Z");
    assertThat(json.at("/provider/0/id").asText()).isEqualTo("https://hub.libnet.vn/v1/libraries/VN-HN0001");
    assertThat(json.at("/provider/0/label/en/0").asText()).isEqualTo("National Library of Vietnam (VN-HN0001)");
    assertThat(json.at("/provider/0/homepage/0/id").asText()).isEqualTo("https://nlv.gov.vn/");
    assertThat(json.at("/requiredStatement/value/vi/0").asText()).isEqualTo("Thư viện Quốc gia Việt Nam (VN-HN0001)");
    assertThat(json.at("/seeAlso/0/id").asText()).isEqualTo("https://hub.libnet.vn/v1/catalog/records/REC-9");
    assertThat(json.at("/seeAlso/0/format").asText()).isEqualTo("application/marcxml+xml");
    assertThat(json.at("/homepage/0/id").asText()).isEqualTo("https://opac.nlv.gov.vn/record/REC-9");
    JsonNode body = json.at("/items/1/items/0/items/0/body");
    assertThat(body.at("/service/0/id").asText())
        .isEqualTo("https://images.example.vn/iiif/3/master%2F0002%20trang%20%C4%91%E1%BA%A7u.png");
    assertThat(body.at("/service/0/type").asText()).isEqualTo("ImageService3");
    assertThat(body.get("id").asText()).endsWith("/full/max/0/default.jpg");
    assertThat(json.at("/items/0/thumbnail/0/height").asInt()).isEqualTo(200);
    assertThat(json.at("/items/0/thumbnail/0/width").asInt()).isEqualTo(150);
    assertThat(json.at("/structures/0/items").size()).isEqualTo(2);
    assertThat(json.at("/structures/1/items").size()).isEqualTo(1);
    assertThat(json.at("/structures/1/items/0/id").asText()).isEqualTo(BASE + "canvas/3");
    assertThat(m.issues()).extracting(i -> i.code()).containsExactly("IIIF_BUILD_TOC_CANVAS");
    assertThat(IiifValidator.validate(json, Locale.ENGLISH).issues()).isEmpty();
  }

  @Test
  void accessCopiesAloneBecomeCanvasesWhenTheObjectHasThem() throws Exception {
    List<DigitalFile> files = new ArrayList<>();
    files.add(IiifSamples.image(dir, "p1.tif", "tiff", 60, 80));
    files.add(IiifSamples.image(dir, "p1.jpg", "jpeg", 30, 40));
    files.add(IiifSamples.image(dir, "p2.tif", "tiff", 60, 80));
    files.add(IiifSamples.image(dir, "p2.jpg", "jpeg", 30, 40));
    DigitalObject o = new DigitalObject("O", null, null, null, files, null, AccessLevel.OPEN, null);
    JsonNode json = IiifManifestBuilder.builder(BASE).object(o, dir).build().json();
    assertThat(json.get("items")).hasSize(2);
    assertThat(json.at("/items/1/items/0/items/0/body/id").asText()).isEqualTo(BASE + "files/p2.jpg");
    assertThat(json.at("/label/none/0").asText()).isEqualTo("O");
    assertThat(json.has("rights")).isFalse();
  }

  @Test
  void unreadableImagesAndUnregisteredRightsAreLeftOutAndReported() throws Exception {
    Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    List<DigitalFile> files = List.of(new DigitalFile("broken.png", "image/png", 10L, null),
        IiifSamples.image(dir, "ok.png", "png", 10, 20));
    DigitalObject o = new DigitalObject("O", "VN-HN0001", null, "Bản đồ", files, "Bản quyền của thư viện", AccessLevel.OPEN, null);
    IiifManifest m = IiifManifestBuilder.builder(BASE).object(o, dir).locale(Locale.forLanguageTag("vi")).build();
    assertThat(m.issues()).extracting(i -> i.code()).containsExactly("IIIF_BUILD_RIGHTS_DROPPED", "IIIF_BUILD_IMAGE_UNREADABLE");
    assertThat(m.issues().get(1).message()).contains("broken.png").contains("không");
    assertThat(m.canvasCount()).isEqualTo(1);
    assertThat(m.json().has("rights")).isFalse();
    assertThat(m.json().at("/requiredStatement/value/en/1").asText()).isEqualTo("Rights: Bản quyền của thư viện");
    assertThat(IiifValidator.validate(m.json(), Locale.ENGLISH).count(Severity.ERROR)).isZero();
  }

  @Test
  void anObjectWithoutImagesGivesAnInvalidManifestAndSaysSo() throws Exception {
    DigitalObject o = new DigitalObject("O", null, null, null, List.of(IiifSamples.pdf(dir, "a.pdf")), null, AccessLevel.OPEN, null);
    IiifManifest m = IiifManifestBuilder.builder(BASE).object(o, dir).build();
    assertThat(m.issues()).extracting(i -> i.code()).containsExactly("IIIF_BUILD_NO_IMAGES");
    assertThat(IiifValidator.validate(m.json(), Locale.ENGLISH).has("IIIF_MANIFEST_EMPTY")).isTrue();
  }

  @Test
  void aBaseUrlMustBeHttp() {
    assertThatThrownBy(() -> IiifManifestBuilder.builder(URI.create("file:///tmp/x"))).isInstanceOf(IllegalArgumentException.class);
  }
}
