package vn.libnet.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureFailure;

/**
 * Why a LibNet server refuses a request before handling it, as the problem it answers (RFC 9457): the
 * signature checks of the profile (RFC 9421), and the limits on work done before a signature is known
 * to be good. Free of any HTTP server's types: the filter answers them, and a container's own error
 * handler can answer its refusals alike.
 *
 * <p>Mapping: {@code REPLAYED} is 401 REPLAYED; a missing or wrong {@code Content-Digest} 401
 * DIGEST_INVALID; {@code TARGET_MISMATCH} 401 TARGET_MISMATCH; {@code NONCE_CACHE_FULL} 503
 * NONCE_CACHE_FULL with {@code Retry-After}; everything else, {@code FIELD_TOO_LARGE} included, 401
 * SIGNATURE_INVALID. An oversized signature field is a bad signature of this request rather than a
 * generic 431: the client learns which check refused it, and the code stays one of the protocol's. The
 * detail always names the exact reason ({@code SIG_...}) in English and Vietnamese.
 *
 * @param code the problem code (its status is the HTTP status)
 * @param title the short title, in both languages
 * @param detail the reason, in both languages
 * @param retryAfterSeconds the {@code Retry-After} to send, or 0 for none
 */
record RequestRefusal(ProblemCode code, String title, String detail, long retryAfterSeconds) {
  private static final String SIGNATURE_TITLE = "Signature refused / Chữ ký bị từ chối";

  /**
   * The refusal for a signature that did not verify.
   *
   * @param retryAfterSeconds when the nonce cache has room again (used for {@code NONCE_CACHE_FULL} only)
   */
  static RequestRefusal of(HttpSignatureException e) {
    SignatureFailure f = e.failure();
    // The verifier says how long until this signer's nonces make room; Retry-After carries it.
    long retryAfterSeconds = f == SignatureFailure.NONCE_CACHE_FULL && !e.arguments().isEmpty() ? parseSeconds(e.arguments().get(0)) : 0;
    ProblemCode code = switch (f) {
      case REPLAYED -> ProblemCode.REPLAYED;
      case DIGEST_MISMATCH, DIGEST_MISSING -> ProblemCode.DIGEST_INVALID;
      case TARGET_MISMATCH -> ProblemCode.TARGET_MISMATCH;
      case NONCE_CACHE_FULL -> ProblemCode.NONCE_CACHE_FULL;
      default -> ProblemCode.SIGNATURE_INVALID;
    };
    String detail = f.code() + ": " + e.message(Locale.ENGLISH) + " / " + e.message(Messages.VIETNAMESE);
    return new RequestRefusal(code, SIGNATURE_TITLE, detail, f == SignatureFailure.NONCE_CACHE_FULL ? Math.max(1, retryAfterSeconds) : 0);
  }

  /** The refusal of a verified request whose signature does not cover {@code digest}, though it has a body (401). */
  static RequestRefusal bodyNotCovered(Object digest) {
    String key = SignatureFailure.COMPONENT_NOT_COVERED.code();
    return new RequestRefusal(ProblemCode.SIGNATURE_INVALID, SIGNATURE_TITLE,
        key + ": " + Messages.format(Locale.ENGLISH, key, digest) + " / " + Messages.format(Messages.VIETNAMESE, key, digest), 0);
  }

  private static long parseSeconds(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }

  /** The refusal of a body larger than {@code limit} bytes, refused before it is read further (413). */
  static RequestRefusal bodyTooLarge(long limit) {
    return new RequestRefusal(ProblemCode.PAYLOAD_TOO_LARGE, "Body too large / Nội dung quá lớn",
        "The server reads at most " + limit + " bytes of a request body before checking its signature / "
            + "Máy chủ chỉ đọc tối đa " + limit + " byte nội dung yêu cầu trước khi kiểm tra chữ ký", 0);
  }

  /**
   * The refusal of a request that failed inside the application: a generic text, never the exception's
   * own (which may hold internals), 500.
   */
  static RequestRefusal internalError() {
    return new RequestRefusal(ProblemCode.INTERNAL_ERROR, "Server error / Lỗi máy chủ",
        "The server could not answer this request; it has been logged / Máy chủ không trả lời được yêu cầu này; lỗi đã được ghi lại", 0);
  }

  /**
   * The refusal an application chose with {@code sendError(status, message)}: the protocol's code for that
   * status ({@link ProblemCode#forStatus}); the detail is the
   * application's message, or the status when it gave none.
   */
  static RequestRefusal ofStatus(int status, String message) {
    ProblemCode code = ProblemCode.forStatus(status);
    String detail = message != null && !message.isBlank() ? message
        : "The server answered HTTP " + status + " / Máy chủ trả lời HTTP " + status;
    return new RequestRefusal(code, "HTTP " + status, detail, 0);
  }

  /** The refusal of an answer longer than the filter holds to sign (500): nothing of it is sent. */
  static RequestRefusal answerTooLarge(long limit) {
    return new RequestRefusal(ProblemCode.INTERNAL_ERROR, "Answer too large / Câu trả lời quá lớn",
        "The answer is longer than the " + limit + " bytes the server signs; ask for a smaller page / "
            + "Câu trả lời dài hơn " + limit + " byte mà máy chủ ký được; hãy yêu cầu một trang nhỏ hơn", 0);
  }

  /** The problem document ({@code application/problem+json}) of this refusal, sent with {@code status}. */
  byte[] problemJson(int status) {
    try {
      return LibnetJson.mapper().writeValueAsBytes(Problem.of(code, title, detail).withStatus(status));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem document always serialises", e);
    }
  }

  /** The refusal of a request whose target cannot be known: no {@code Host}, or one that is not a host[:port] (400). */
  static RequestRefusal badHost(String host) {
    return new RequestRefusal(ProblemCode.BAD_REQUEST, "Bad Host / Host không hợp lệ",
        "The request's Host (" + host + ") is not host[:port] / Trường Host của yêu cầu (" + host + ") không có dạng host[:port]", 0);
  }
}
