package vn.libnet.digital;

import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.BilingualBundles;

/** Every message of sdk-digital exists in both languages with the same arguments. */
class DigitalMessagesTest {

  @Test
  void everyDigitalTextExistsInBothLanguagesWithTheSameArguments() {
    BilingualBundles.assertBilingual(DigitalMessagesTest.class);
  }
}
