package vn.libnet.marc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.marc.internal.SyntheticRecords;

/**
 * Review of issue 13 (validation severity): Koha, the usual system of Vietnamese libraries, links headings
 * to authority records with subfield $9 (e.g. {@code 650 \7$aVăn học Việt Nam$2bộ TĐCĐ$9123}). $9 is local
 * content like the 9XX fields, yet {@code libnet marc validate} reports MARC_SUBFIELD_UNDEFINED as an ERROR
 * and calls every such record INVALID (seen on pymarc/marc.dat: 035$9 makes 3 of 20 records invalid).
 */
class ReviewLocalSubfieldTest {
  static final MarcFactory F = MarcFactory.newInstance();
  static final ValidationContext EN = ValidationContext.of(Locale.ENGLISH);

  @Test
  void aKohaAuthorityLinkAloneDoesNotMakeARecordInvalid() {
    Record r = SyntheticRecords.clean().iterator(1).next().record();
    assertThat(Marc21Validator.standard().validate(r, EN).isValid()).as("the clean record").isTrue();
    DataField f650 = F.newDataField("650", ' ', '7');
    f650.addSubfield(F.newSubfield('a', "Văn học Việt Nam"));
    f650.addSubfield(F.newSubfield('2', "bộ TĐCĐ"));
    f650.addSubfield(F.newSubfield('9', "123"));
    r.addVariableField(f650);
    ValidationReport report = Marc21Validator.standard().validate(r, EN);
    assertThat(report.isValid()).as("issues %s", report.issues()).isTrue();
  }
}
