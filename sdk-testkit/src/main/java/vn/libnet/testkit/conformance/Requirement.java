package vn.libnet.testkit.conformance;

/** The requirements of LibNet API v1 that {@link ConformanceSuite} checks, each with its text in both languages. */
public enum Requirement implements ConformanceRequirement {
  /** The hub publishes its keys and signs its answers. */
  ANSWERS_SIGNED("The hub publishes a JWKS at /.well-known/jwks.json and signs every answer (RFC 9421, label libnet) with a key of it.",
      "Hub công bố JWKS tại /.well-known/jwks.json và ký mọi câu trả lời (RFC 9421, nhãn libnet) bằng một khoá trong đó."),
  /** The answer to a signed request is bound to it. */
  ANSWERS_BOUND("The answer to a signed request (a read and a dry-run write) covers the request's signature "
      + "(\"signature\";req;key=\"libnet\", RFC 9421 §2.4) and verifies against that request only, not against another.",
      "Câu trả lời cho một yêu cầu đã ký (một thao tác đọc và một lần gửi thử) bao phủ chữ ký của yêu cầu "
      + "(\"signature\";req;key=\"libnet\", RFC 9421 §2.4) và chỉ xác minh được với chính yêu cầu đó, không với yêu cầu khác."),
  /** A write without a signature is refused. */
  UNSIGNED_WRITE_REFUSED("A write without a signature is refused with 401 and a problem document.",
      "Thao tác ghi không có chữ ký bị từ chối với 401 và một tài liệu problem."),
  /** A write signed by an unknown key is refused. */
  UNKNOWN_KEY_REFUSED("A write signed by a key the hub does not know is refused with 401.",
      "Thao tác ghi ký bằng khoá hub không biết bị từ chối với 401."),
  /** A replayed request is refused. */
  REPLAY_REFUSED("The same signed request sent twice is refused the second time (401 REPLAYED).",
      "Cùng một yêu cầu đã ký gửi hai lần bị từ chối ở lần thứ hai (401 REPLAYED)."),
  /** A body changed after signing is refused. */
  TAMPERED_DIGEST_REFUSED("A body changed after signing is refused (401 DIGEST_INVALID).",
      "Nội dung bị thay đổi sau khi ký bị từ chối (401 DIGEST_INVALID)."),
  /** A write signed for another hub is refused. */
  TARGET_MISMATCH("A write signed for another hub (http://other.example/) that reaches this one is refused (401 TARGET_MISMATCH): "
      + "the signed target is compared with the hub's public URL, not with what Host says.",
      "Thao tác ghi được ký cho một hub khác (http://other.example/) mà đến hub này bị từ chối (401 TARGET_MISMATCH): "
      + "đích đã ký được so với địa chỉ công khai của hub, không phải với trường Host."),
  /** A signed read whose signature does not verify is refused. */
  SIGNED_READ_REFUSED("A read whose signature was tampered with (sent to another query than the one signed) is refused (401).",
      "Thao tác đọc có chữ ký bị giả mạo (gửi tới truy vấn khác với truy vấn đã ký) bị từ chối (401)."),
  /** A write for another library is forbidden. */
  OTHER_LIBRARY_FORBIDDEN("A library's key cannot write another library's resources (403 FORBIDDEN).",
      "Khoá của một thư viện không được ghi tài nguyên của thư viện khác (403 FORBIDDEN)."),
  /** A dry run validates and matches without storing. */
  DRY_RUN_STORES_NOTHING("A dry-run contribution answers one outcome per record and stores nothing.",
      "Gửi thử (dryRun) trả kết quả cho từng biểu ghi và không lưu gì."),
  /** A bad record is rejected with its issues. */
  BAD_RECORD_REJECTED("A record that breaks the national profile is REJECTED with its validation issues; the others are not.",
      "Biểu ghi vi phạm hồ sơ quốc gia bị REJECTED kèm các lỗi; các biểu ghi khác thì không."),
  /** A lost update is refused. */
  LOST_UPDATE_REFUSED("An update with a stale If-Match is refused (409 CONFLICT).",
      "Cập nhật với If-Match đã cũ bị từ chối (409 CONFLICT)."),
  /** Idempotency keys are honoured. */
  IDEMPOTENCY_HONOURED("A write repeated with the same Idempotency-Key gets the same answer; the key with another body is refused (409).",
      "Ghi lặp lại với cùng Idempotency-Key nhận cùng câu trả lời; cùng khoá với nội dung khác bị từ chối (409)."),
  /** Errors are problem documents. */
  PROBLEM_DOCUMENTS("Errors are RFC 9457 application/problem+json documents with a stable code.",
      "Lỗi là tài liệu application/problem+json theo RFC 9457 với mã ổn định."),
  /** Lists page by cursor. */
  CURSOR_PAGINATION("Lists page with cursors; the changes feed always gives a cursor to continue from.",
      "Danh sách phân trang bằng con trỏ; dòng thay đổi luôn trả con trỏ để đọc tiếp.");

  private final String english;
  private final String vietnamese;

  Requirement(String english, String vietnamese) {
    this.english = english;
    this.vietnamese = vietnamese;
  }

  @Override
  public String english() {
    return english;
  }

  @Override
  public String vietnamese() {
    return vietnamese;
  }
}
