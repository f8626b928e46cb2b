package vn.libnet.marc.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import org.w3c.dom.Document;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.ContributorKind;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.ResourceType;
import vn.libnet.core.model.TitleType;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.validation.Marc21Validator;

class CrosswalkTest {

  static Record fixture() {
    try (MarcRecordReader r = MarcReaders.open(CrosswalkTest.class.getResourceAsStream("/marc/vietnamese-utf8.mrc"), null, ReadOptions.strict())) {
      return r.next().record();
    }
  }

  @Test
  void marcToBibRecordTakesTheFieldsApartWithoutIsbdPunctuation() {
    BibRecord b = BibRecordCrosswalk.fromMarc(fixture());
    assertThat(b.id()).isEqualTo("TV-0001");
    assertThat(b.type()).isEqualTo(ResourceType.TEXT);
    assertThat(b.mainTitle().orElseThrow().title()).isEqualTo("Lịch sử Việt Nam");
    assertThat(b.responsibility()).isEqualTo("Đào Duy Anh");
    assertThat(b.contributors()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("Đào Duy Anh");
      assertThat(c.kind()).isEqualTo(ContributorKind.PERSON);
      assertThat(c.main()).isTrue();
      assertThat(c.role()).isEqualTo("aut");
    });
    assertThat(b.identifiers(IdentifierType.ISBN)).singleElement().satisfies(i -> assertThat(i.value()).isEqualTo("9786041012349"));
    assertThat(b.publication().place()).isEqualTo("Hà Nội");
    assertThat(b.publication().publisher()).isEqualTo("Văn hóa Thông tin");
    assertThat(b.publication().year()).isEqualTo(2019);
    assertThat(b.languages()).containsExactly("vie");
    assertThat(b.notes()).singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("Café crème über Ñandú"));
  }

  @Test
  void syntheticRecordsSurviveMarcToBibRecordToMarcAndValidate() {
    SyntheticRecords.clean().iterator(150).forEachRemaining(s -> {
      BibRecord first = BibRecordCrosswalk.fromMarc(s.record());
      Record marc = BibRecordCrosswalk.toMarc(first);
      assertThat(BibRecordCrosswalk.fromMarc(marc)).isEqualTo(first);
      assertThat(Marc21Validator.standard().validate(marc, Locale.ENGLISH).count(Severity.ERROR)).as(marc.toString()).isZero();
      assertThat(first.subjects()).isNotEmpty();
      assertThat(first.classifications()).isNotEmpty();
      assertThat(first.contributors().get(0).role()).isEqualTo("aut");
    });
  }

  @Test
  void theShippedJsonExampleGoesToMarcAndBack() throws Exception {
    BibRecord example;
    try (InputStream in = BibRecord.class.getResourceAsStream("/vn/libnet/core/examples/bib-record.json")) {
      example = LibnetJson.mapper().readValue(in, BibRecord.class);
    }
    Record marc = BibRecordCrosswalk.toMarc(example);
    assertThat(marc.getLeader().getCharCodingScheme()).isEqualTo('a');
    assertThat(marc.getVariableField("245").toString()).isEqualTo("245 10$aLịch sử Việt Nam :$btừ nguồn gốc đến thế kỷ XIX.$nTập 1 /$cĐào Duy Anh.");
    assertThat(marc.getVariableField("020").toString()).isEqualTo("020   $a978-604-1-01234-9$q(bìa mềm)");
    BibRecord back = BibRecordCrosswalk.fromMarc(marc);
    assertThat(back.mainTitle()).isEqualTo(example.mainTitle());
    assertThat(back.titles()).extracting(t -> t.type()).containsExactly(TitleType.MAIN, TitleType.PARALLEL);
    assertThat(back.identifiers(IdentifierType.ISBN)).isEqualTo(example.identifiers(IdentifierType.ISBN));
    assertThat(back.publication()).isEqualTo(example.publication());
    assertThat(back.subjects()).isEqualTo(example.subjects());
    assertThat(back.classifications()).isEqualTo(example.classifications());
    assertThat(back.contributors()).isEqualTo(example.contributors());
    assertThat(NationalProfiles.bibRecord().validate(back, ValidationContext.of(Locale.ENGLISH)).issues()).isEmpty();
  }

  @Test
  void dublinCoreFollowsTheLocCrosswalk() throws Exception {
    DublinCoreRecord dc = MarcToDublinCore.convert(fixture());
    assertThat(dc.values("title")).containsExactly("Lịch sử Việt Nam");
    assertThat(dc.values("creator")).containsExactly("Đào Duy Anh");
    assertThat(dc.values("publisher")).containsExactly("Hà Nội : Văn hóa Thông tin");
    assertThat(dc.values("date")).containsExactly("2019");
    assertThat(dc.values("type")).containsExactly("Text");
    assertThat(dc.values("language")).containsExactly("vie");
    assertThat(dc.values("identifier")).containsExactly("9786041012349");
    assertThat(dc.values("description")).containsExactly("Café crème über Ñandú");

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(dc.toOaiDcXml().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(DublinCoreRecord.OAI_DC);
    assertThat(doc.getElementsByTagNameNS(DublinCoreRecord.DC, "title").item(0).getTextContent()).isEqualTo("Lịch sử Việt Nam");
  }

  @Test
  void subjectsAndClassificationOfSyntheticRecordsReachDublinCore() {
    Record r = SyntheticRecords.clean().iterator(1).next().record();
    DublinCoreRecord dc = MarcToDublinCore.convert(r);
    assertThat(dc.values("subject")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(dc.values("identifier")).singleElement().satisfies(i -> assertThat(i).startsWith("978604"));
  }
}
