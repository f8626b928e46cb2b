package vn.libnet.marc;

import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.BilingualBundles;

class MarcMessagesTest {

  @Test
  void everyMarcTextExistsInBothLanguagesWithTheSameArgumentsAndNoLostApostrophe() {
    BilingualBundles.assertBilingual(MarcMessagesTest.class);
  }
}
