package vn.libnet.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.server.LibnetSignatureFilter;

class SpringRegistrationTest {
  @Test
  void theReadmesBeanRegistersABuiltFilterOnTheApiAndTheKeys() throws Exception {
    FilterRegistrationBean<LibnetSignatureFilter> r = new SpringRegistration()
        .libnetSignatures(KeyResolver.of(), KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
    assertThat(r.getFilter()).isInstanceOf(LibnetSignatureFilter.class);
    assertThat(r.getUrlPatterns()).containsExactly("/v1/*", "/.well-known/*");
  }
}
