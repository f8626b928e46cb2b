package vn.libnet.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.BilingualBundles;

class ClientMessagesTest {

  @Test
  void everyClientTextExistsInBothLanguagesWithTheSameArgumentsAndNoLostApostrophe() {
    assertThat(BilingualBundles.keys(ClientMessagesTest.class))
        .contains("CLIENT_REDIRECT", "CLIENT_HUB_KEYS_INSECURE", "CLIENT_BATCH_ANSWER_MISMATCH");
    BilingualBundles.assertBilingual(ClientMessagesTest.class);
  }
}
