package vn.libnet.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.VerificationKey;

/**
 * The filter's configuration from init parameters, as a {@code web.xml} gives them. Each error names the
 * parameter, in English and Vietnamese.
 */
final class FilterParameters {
  private static final List<String> NAMES = List.of("publicUrls", "trustedKeys", "signingKey", "signingKeyId", "requireSignedReads",
      "openReads", "maxBodyBytes", "maxFieldBytes", "maxSignatures", "maxComponents", "nonceCapacity", "maxAnswerBytes");

  private FilterParameters() {}

  /** Refuses a parameter of another name than the filter's: a misspelt one would silently not apply. */
  static void checkNames(List<String> given) {
    for (String name : given) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("The LibNet signature filter has no init parameter " + name + "; it has " + NAMES
            + " / Bộ lọc chữ ký LibNet không có tham số khởi tạo " + name + "; các tham số là " + NAMES);
      }
    }
  }

  static LibnetSignatureFilter.Builder read(UnaryOperator<String> param) {
    LibnetSignatureFilter.Builder b = LibnetSignatureFilter.builder();
    String urls = required(param, "publicUrls");
    List<URI> list = new ArrayList<>();
    for (String u : urls.split("[,\\s]+")) {
      if (!u.isBlank()) {
        try {
          list.add(URI.create(u.strip()));
        } catch (IllegalArgumentException e) {
          throw bad("publicUrls", u);
        }
      }
    }
    try {
      b.publicUrls(list.toArray(URI[]::new));
    } catch (IllegalArgumentException e) {
      throw bad("publicUrls", urls);
    }
    b.trustedKeys(jwks(required(param, "trustedKeys")));
    String keyFile = required(param, "signingKey");
    PrivateKey key;
    try {
      key = Keys.privateKeyFromPem(Files.readString(Path.of(keyFile), StandardCharsets.US_ASCII));
    } catch (IOException | IllegalArgumentException e) {
      throw bad("signingKey", keyFile);
    }
    b.signingKey(required(param, "signingKeyId"), Keys.defaultAlgorithm(key), key);
    b.requireSignedReads(yesOrNo(param, "requireSignedReads"));
    String open = param.apply("openReads");
    if (open != null) {
      for (String prefix : open.strip().split("[,\\s]+")) {
        try {
          b.openReads(prefix);
        } catch (IllegalArgumentException e) {
          throw bad("openReads", open);
        }
      }
    }
    SignatureLimits d = SignatureLimits.DEFAULTS;
    b.limits(new SignatureLimits((int) number(param, "maxFieldBytes", d.maxFieldBytes(), 1, Integer.MAX_VALUE),
        (int) number(param, "maxSignatures", d.maxSignatures(), 1, Integer.MAX_VALUE),
        (int) number(param, "maxComponents", d.maxComponents(), 1, Integer.MAX_VALUE),
        number(param, "maxBodyBytes", d.maxBodyBytes(), 1, Long.MAX_VALUE)));
    b.maxAnswerBytes(number(param, "maxAnswerBytes", LibnetSignatureFilter.DEFAULT_MAX_ANSWER_BYTES, 1, Long.MAX_VALUE));
    long nonces = number(param, "nonceCapacity", 200_000, 4, Integer.MAX_VALUE);
    b.nonceCache(new NonceCache((int) nonces, (int) Math.max(1, nonces / 4)));
    return b;
  }

  // A JWKS file: each key's kid is its key id; its algorithm is the key's natural one.
  private static KeyResolver jwks(String file) {
    Map<String, Key> keys;
    try {
      keys = Keys.fromJwks(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw bad("trustedKeys", file);
    }
    List<VerificationKey> list = new ArrayList<>();
    keys.forEach((kid, k) -> {
      if (k instanceof PublicKey) {
        list.add(new VerificationKey(kid, Keys.defaultAlgorithm(k), k));
      }
    });
    if (list.isEmpty()) {
      // Every signed request would be refused as signed by an unknown key.
      throw new IllegalArgumentException("The init parameter trustedKeys is not usable: " + file + " holds no public key with a kid"
          + " / Tham số khởi tạo trustedKeys không dùng được: " + file + " không có khóa công khai nào có kid");
    }
    return KeyResolver.of(list.toArray(VerificationKey[]::new));
  }

  private static String required(UnaryOperator<String> param, String name) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("The LibNet signature filter needs the init parameter " + name
          + " / Bộ lọc chữ ký LibNet cần tham số khởi tạo " + name);
    }
    return v.strip();
  }

  // A whole number from min to max; anything else (a typo, a value that would wrap as an int) stops the start.
  private static long number(UnaryOperator<String> param, String name, long fallback, long min, long max) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw bad(name, v);
    }
    if (n < min || n > max) {
      throw bad(name, v);
    }
    return n;
  }

  // true or false; "yes", "1" or a typo would otherwise silently read as false, leaving reads unsigned.
  private static boolean yesOrNo(UnaryOperator<String> param, String name) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return false;
    }
    if (v.strip().equalsIgnoreCase("true") || v.strip().equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v.strip());
    }
    throw bad(name, v);
  }

  private static IllegalArgumentException bad(String name, String value) {
    return new IllegalArgumentException("The init parameter " + name + " is not usable: " + value
        + " / Tham số khởi tạo " + name + " không dùng được: " + value);
  }
}
