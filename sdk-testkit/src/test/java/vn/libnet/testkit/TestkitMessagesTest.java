package vn.libnet.testkit;

import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.BilingualBundles;

class TestkitMessagesTest {

  @Test
  void everyHubTextExistsInBothLanguagesWithTheSameArgumentsAndNoLostApostrophe() {
    // The question's text is given in both languages: each message shows its own.
    BilingualBundles.assertBilingual(TestkitMessagesTest.class, "SURVEY_ANSWER_MISSING");
  }
}
