package vn.libnet.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.id.IdentifierFailure;
import vn.libnet.core.id.InvalidIdentifierException;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.id.Isil;
import vn.libnet.core.signature.ContentDigest;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureFailure;

class LibnetExceptionTest {

  @Test
  void anInvalidIsbnIsALibnetExceptionWithItsCodeArgumentsAndBothLanguages() {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Isbn.parse("978-604-1-01234-0"));
    assertThat(e).isInstanceOf(LibnetException.class).isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(IllegalArgumentException.class);
    assertThat(e.failure()).isEqualTo(IdentifierFailure.ISBN_CHECKSUM);
    assertThat(e.errorCode()).isSameAs(IdentifierFailure.ISBN_CHECKSUM);
    assertThat(e.code()).isEqualTo("ISBN_CHECKSUM");
    assertThat(e.arguments()).containsExactly("978-604-1-01234-0", "0", "9");
    assertThat(e.getMessage()).isEqualTo("ISBN \"978-604-1-01234-0\": check digit is 0 but should be 9.");
    assertThat(e.message(Messages.VIETNAMESE)).contains("978-604-1-01234-0").isNotEqualTo(e.getMessage());
  }

  @Test
  void identifierAndSignatureExceptionsSurviveSerializationWithTheirMessages() {
    InvalidIdentifierException isil = catchThrowableOfType(InvalidIdentifierException.class, () -> Isil.parse("VN-Hà Nội"));
    InvalidIdentifierException copy = LibnetExceptions.assertSurvivesSerialization(isil);
    assertThat(copy.failure()).isEqualTo(IdentifierFailure.ISIL_CHARACTER);
    assertThat(copy.input()).isEqualTo("VN-Hà Nội");
    assertThat(copy.message(Messages.VIETNAMESE)).contains("VN-Hà Nội");

    HttpMessage m = ContentDigest.add(HttpMessage.request("POST", URI.create("https://hub.example.vn/v1/catalog/records"))
        .body("{\"a\":1}").build(), ContentDigest.Algorithm.SHA_256);
    HttpSignatureException mismatch = catchThrowableOfType(HttpSignatureException.class,
        () -> ContentDigest.verify(m.withBody("{\"a\":2}".getBytes())));
    HttpSignatureException back = LibnetExceptions.assertSurvivesSerialization(mismatch);
    assertThat(back.failure()).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
    assertThat(back.arguments()).containsExactly("sha-256");
  }

  @Test
  void aMessageIsEnglishUnlessVietnameseIsAskedForAndTheLocalizedOneFollowsTheDefault() {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Isbn.parse(""));
    assertThat(e.message(null)).isEqualTo(e.getMessage()).isEqualTo(e.message(Locale.FRENCH));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Messages.VIETNAMESE);
      assertThat(e.getLocalizedMessage()).isEqualTo(e.message(Messages.VIETNAMESE)).isNotEqualTo(e.getMessage());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyCoreCodeHasATextInBothLanguages() {
    LibnetExceptions.assertEveryCodeHasTexts(IdentifierFailure.class);
    LibnetExceptions.assertEveryCodeHasTexts(SignatureFailure.class);
  }
}
