package vn.libnet.core.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Digest} and {@code Want-Content-Digest} fields of RFC 9530, with SHA-256 and
 * SHA-512. A digest covers the message content exactly as sent (no trailing newline is added: RFC 9421's
 * examples hash {@code {"hello": "world"}} as 18 bytes, RFC 9530's appendices with an LF as 19).
 */
public final class ContentDigest {
  /** The digest algorithms supported, by their registered names. */
  public enum Algorithm {
    /** {@code sha-256}. */
    SHA_256("sha-256", "SHA-256"),
    /** {@code sha-512}. */
    SHA_512("sha-512", "SHA-512");

    private final String token;
    private final String jca;

    Algorithm(String token, String jca) {
      this.token = token;
      this.jca = jca;
    }

    /** The registered name, e.g. {@code sha-256}. */
    public String token() {
      return token;
    }

    /** The digest of {@code content}. */
    public byte[] digest(byte[] content) {
      try {
        return MessageDigest.getInstance(jca).digest(content);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(jca + " is part of every Java runtime", e);
      }
    }

    static Algorithm of(String token) {
      for (Algorithm a : values()) {
        if (a.token.equals(token)) {
          return a;
        }
      }
      return null;
    }
  }

  private ContentDigest() {}

  /** The {@code Content-Digest} field value for {@code content}, e.g. {@code sha-256=:…:}. */
  public static String fieldValue(byte[] content, Algorithm... algorithms) {
    Map<String, Object> dict = new LinkedHashMap<>();
    for (Algorithm a : algorithms) {
      dict.put(a.token(), new StructuredFields.Item(a.digest(content), Map.of()));
    }
    return StructuredFields.serializeDictionary(dict);
  }

  /** {@code message} with a {@code Content-Digest} of its body (replacing any it had). */
  public static HttpMessage add(HttpMessage message, Algorithm algorithm) {
    return message.withoutHeader("Content-Digest").withHeader("Content-Digest", fieldValue(message.body(), algorithm));
  }

  /**
   * Checks that the body matches its {@code Content-Digest}: every member with a supported algorithm must
   * match, and at least one must be present. Members with other algorithms are ignored.
   *
   * @throws HttpSignatureException {@code DIGEST_MISSING}, {@code DIGEST_MISMATCH} naming the algorithm, or
   *     {@code SIGNATURE_SYNTAX} for a field that is not a dictionary of byte sequences
   */
  public static void verify(HttpMessage message) {
    List<String> values = message.headers("Content-Digest");
    if (values.isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.DIGEST_MISSING);
    }
    Map<String, Object> dict;
    try {
      dict = StructuredFields.parseDictionary(String.join(", ", values));
    } catch (IllegalArgumentException e) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_SYNTAX, "Content-Digest", e.getMessage());
    }
    byte[] body = message.body();
    int checked = 0;
    for (Map.Entry<String, Object> e : dict.entrySet()) {
      Algorithm a = Algorithm.of(e.getKey());
      if (a == null) {
        continue;
      }
      if (!(e.getValue() instanceof StructuredFields.Item item) || !(item.value() instanceof byte[] expected)) {
        throw new HttpSignatureException(SignatureFailure.SIGNATURE_SYNTAX, "Content-Digest", e.getKey() + " is not a byte sequence");
      }
      if (!MessageDigest.isEqual(a.digest(body), expected)) {
        throw new HttpSignatureException(SignatureFailure.DIGEST_MISMATCH, a.token());
      }
      checked++;
    }
    if (checked == 0) {
      throw new HttpSignatureException(SignatureFailure.DIGEST_MISSING);
    }
  }

  /**
   * A {@code Want-Content-Digest} value from preferences (1 to 10, higher preferred), e.g. {@code
   * sha-512=10, sha-256=3}.
   */
  public static String want(Map<Algorithm, Integer> preferences) {
    Map<String, Object> dict = new LinkedHashMap<>();
    preferences.forEach((a, w) -> {
      if (w < 0 || w > 10) {
        throw new IllegalArgumentException("A digest preference is 0 to 10, not " + w);
      }
      dict.put(a.token(), new StructuredFields.Item((long) w, Map.of()));
    });
    return StructuredFields.serializeDictionary(dict);
  }

  /** The preferred supported algorithm in a {@code Want-Content-Digest} value; SHA-256 when none is usable. */
  public static Algorithm preferred(String wantContentDigest) {
    Algorithm best = Algorithm.SHA_256;
    long bestWeight = -1;
    for (Map.Entry<String, Object> e : StructuredFields.parseDictionary(wantContentDigest.toLowerCase(Locale.ROOT)).entrySet()) {
      Algorithm a = Algorithm.of(e.getKey());
      if (a != null && e.getValue() instanceof StructuredFields.Item item && item.value() instanceof Long w && w > 0 && w > bestWeight) {
        best = a;
        bestWeight = w;
      }
    }
    return best;
  }
}
