package vn.libnet.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.libnet.core.error.LibnetException;
import vn.libnet.core.error.LibnetExceptions;
import vn.libnet.core.i18n.BilingualBundles;
import vn.libnet.core.i18n.Messages;

class ClientMessagesTest {

  @Test
  void everyClientTextExistsInBothLanguagesWithTheSameArgumentsAndNoLostApostrophe() {
    assertThat(BilingualBundles.keys(ClientMessagesTest.class))
        .contains("CLIENT_REDIRECT", "CLIENT_HUB_KEYS_INSECURE", "CLIENT_BATCH_ANSWER_MISMATCH");
    BilingualBundles.assertBilingual(ClientMessagesTest.class);
    LibnetExceptions.assertEveryCodeHasTexts(ClientFailure.class);
  }

  @Test
  void aRefusedRedirectKeepsItsCodeItsWordingAndItsArgumentsWhenSerialised() {
    LibnetRedirectException e = new LibnetRedirectException("CLIENT_REDIRECT_WRITE", "POST",
        "https://hub.example.vn/v1/catalog/records", 307, "https://elsewhere.example/");
    assertThat(e).isInstanceOf(LibnetClientException.class).isInstanceOf(LibnetException.class);
    LibnetRedirectException back = LibnetExceptions.assertSurvivesSerialization(e);
    assertThat(back.clientFailure()).isEqualTo(ClientFailure.CLIENT_REDIRECT);
    assertThat(back.code()).isEqualTo("CLIENT_REDIRECT");
    assertThat(back.messageKey()).isEqualTo("CLIENT_REDIRECT_WRITE");
    assertThat(back.status()).isEqualTo(307);
    assertThat(back.location()).contains("https://elsewhere.example/");
    assertThat(back.message(Locale.ENGLISH)).contains("write").contains("307").contains("https://elsewhere.example/");
    assertThat(back.message(Messages.VIETNAMESE)).contains("307").contains("https://elsewhere.example/");
  }

  @Test
  void aRefusalKeepsItsStatusAndProblemCodeWhenSerialised() {
    LibnetProblemException e = new LibnetProblemException(
        vn.libnet.core.problem.Problem.of(vn.libnet.core.problem.ProblemCode.RATE_LIMITED, "Too many requests", "Slow down"));
    LibnetProblemException back = LibnetExceptions.assertSurvivesSerialization(e);
    assertThat(back.status()).isEqualTo(e.status()).isEqualTo(429);
    assertThat(back.problemCode()).isEqualTo(vn.libnet.core.problem.ProblemCode.RATE_LIMITED);
    assertThat(back.problem().detail()).isEqualTo("Slow down");
    assertThat(back.issues()).isEmpty();
  }

  @Test
  void aTransportFailureKeepsItsTextButNotTheObjectsItWasMadeFrom() {
    LibnetTransportException e = new LibnetTransportException("https://hub.example.vn/v1/libraries", 5,
        new ConnectException("Connection refused"));
    LibnetTransportException back = LibnetExceptions.assertSurvivesSerialization(e);
    assertThat(back.arguments()).containsExactly("https://hub.example.vn/v1/libraries", "5", "Connection refused");
    assertThat(back.getCause()).isInstanceOf(ConnectException.class);
  }
}
