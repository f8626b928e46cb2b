package vn.libnet.marc;

import org.junit.jupiter.api.Test;
import vn.libnet.core.error.LibnetExceptions;
import vn.libnet.core.i18n.BilingualBundles;
import vn.libnet.marc.io.MarcFailure;

class MarcMessagesTest {

  @Test
  void everyMarcTextExistsInBothLanguagesWithTheSameArgumentsAndNoLostApostrophe() {
    BilingualBundles.assertBilingual(MarcMessagesTest.class);
  }

  @Test
  void everyReadAndWriteFailureHasATextInBothLanguages() {
    LibnetExceptions.assertEveryCodeHasTexts(MarcFailure.class);
  }
}
