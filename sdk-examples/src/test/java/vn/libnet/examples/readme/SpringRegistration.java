package vn.libnet.examples.readme;

import java.net.URI;
import java.security.PrivateKey;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.server.LibnetSignatureFilter;

/** The README's Spring Boot registration of sdk-server's filter, compiled against Spring Boot 3. */
@Configuration
class SpringRegistration {
  // README: spring-filter
  @Bean
  FilterRegistrationBean<LibnetSignatureFilter> libnetSignatures(KeyResolver libraryKeys, PrivateKey serverKey) {
    FilterRegistrationBean<LibnetSignatureFilter> r = new FilterRegistrationBean<>(LibnetSignatureFilter.builder()
        .trustedKeys(libraryKeys)                                    // your registry of the libraries' keys
        .publicUrls(URI.create("https://opac.example.vn/"))          // where clients reach you
        .signingKey("VN-HaNoi-TVHN#server", SignatureAlgorithm.ED25519, serverKey)
        .openReads("/.well-known/")                                  // your JWKS stays readable by anyone
        .build());
    r.addUrlPatterns("/v1/*", "/.well-known/*");
    return r;
  }
  // END README
}
