package vn.libnet.core.signature;

import java.security.Key;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signing and checking HTTP messages with RFC 9421 signatures, one label at a time. {@link #sign} adds a
 * {@code Signature-Input} and a {@code Signature} member; {@link #signatureInputs} and {@link #verify}
 * read them back. Policy (age, replay, required components, which keys) is the verifier's concern.
 */
public final class HttpSignatures {
  private HttpSignatures() {}

  /**
   * {@code message} with a signature under {@code label} covering {@code params}.
   *
   * @throws HttpSignatureException {@code COMPONENT_MISSING} or {@code COMPONENT_INVALID} when a covered
   *     component cannot be taken from the message; {@code KEY_INVALID} when the key does not fit
   */
  public static HttpMessage sign(HttpMessage message, String label, SignatureParameters params, SignatureAlgorithm alg, Key key) {
    Objects.requireNonNull(label, "label");
    byte[] signature = alg.sign(key, SignatureBase.bytes(message, params));
    Map<String, Object> input = new LinkedHashMap<>();
    input.put(label, params.toInnerList());
    Map<String, Object> sig = new LinkedHashMap<>();
    sig.put(label, new StructuredFields.Item(signature, Map.of()));
    return message
        .withHeader("Signature-Input", StructuredFields.serializeDictionary(input))
        .withHeader("Signature", StructuredFields.serializeDictionary(sig));
  }

  /**
   * The signatures' parameters by label, from every {@code Signature-Input} field of {@code message}.
   *
   * @throws HttpSignatureException {@code SIGNATURE_SYNTAX} when the field is not a dictionary of inner lists
   */
  public static Map<String, SignatureParameters> signatureInputs(HttpMessage message) {
    return signatureInputs(message, Integer.MAX_VALUE);
  }

  /**
   * As {@link #signatureInputs(HttpMessage)}, refusing more than {@code maxSignatures} labels before
   * parsing past them.
   *
   * @throws HttpSignatureException {@code FIELD_TOO_LARGE} when there are more labels
   */
  static Map<String, SignatureParameters> signatureInputs(HttpMessage message, int maxSignatures) {
    Map<String, SignatureParameters> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : dictionary(message, "Signature-Input", maxSignatures).entrySet()) {
      if (!(e.getValue() instanceof StructuredFields.InnerList list)) {
        throw new HttpSignatureException(SignatureFailure.SIGNATURE_SYNTAX, "Signature-Input", e.getKey() + " is not an inner list");
      }
      try {
        out.put(e.getKey(), SignatureParameters.from(list));
      } catch (IllegalArgumentException ex) {
        throw new HttpSignatureException(SignatureFailure.SIGNATURE_SYNTAX, "Signature-Input", ex.getMessage());
      }
    }
    return out;
  }

  /** The signature bytes under {@code label}. */
  static byte[] signature(HttpMessage message, String label) {
    Object member = dictionary(message, "Signature").get(label);
    if (member == null) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_MISSING, label);
    }
    if (!(member instanceof StructuredFields.Item item) || !(item.value() instanceof byte[] bytes)) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_SYNTAX, "Signature", label + " is not a byte sequence");
    }
    return bytes;
  }

  /**
   * Whether the signature under {@code label} verifies with {@code key} and {@code alg} (which the
   * caller binds to the key; an {@code alg} parameter in the message must agree).
   *
   * @throws HttpSignatureException {@code SIGNATURE_MISSING}, {@code SIGNATURE_SYNTAX}, {@code
   *     COMPONENT_MISSING}, {@code COMPONENT_INVALID} or {@code ALG_MISMATCH}: the signature cannot even
   *     be checked
   */
  public static boolean verify(HttpMessage message, String label, SignatureAlgorithm alg, Key key) {
    SignatureParameters params = signatureInputs(message).get(label);
    if (params == null) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_MISSING, label);
    }
    byte[] signature = signature(message, label);
    params.alg().ifPresent(a -> {
      if (!a.equals(alg.rfcName())) {
        throw new HttpSignatureException(SignatureFailure.ALG_MISMATCH, a, alg.rfcName());
      }
    });
    return alg.verify(key, SignatureBase.bytes(message, params), signature);
  }

  /** The signature under {@code label} in base64, as it appears in the {@code Signature} field. */
  public static String signatureBase64(HttpMessage message, String label) {
    return Base64.getEncoder().encodeToString(signature(message, label));
  }

  private static Map<String, Object> dictionary(HttpMessage message, String field) {
    return dictionary(message, field, Integer.MAX_VALUE);
  }

  private static Map<String, Object> dictionary(HttpMessage message, String field, int maxMembers) {
    var values = message.headers(field);
    if (values.isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_MISSING, field);
    }
    try {
      return StructuredFields.parseDictionary(String.join(", ", values), maxMembers);
    } catch (StructuredFields.TooManyMembersException e) {
      throw new HttpSignatureException(SignatureFailure.FIELD_TOO_LARGE, field, "more than " + maxMembers + " signatures");
    } catch (IllegalArgumentException e) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_SYNTAX, field, e.getMessage());
    }
  }
}
