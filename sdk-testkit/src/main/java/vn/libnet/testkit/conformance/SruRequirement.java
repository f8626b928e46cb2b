package vn.libnet.testkit.conformance;

/**
 * The requirements of SRU that {@link SruConformanceSuite} checks, each with its text in both languages:
 * SRU 1.2 (Library of Congress, with its base profile) or SRU 2.0 (OASIS searchRetrieve Version 1.0,
 * Part 3 for SRU and Part 6 for scan), whichever version the server announces in its explain record.
 */
public enum SruRequirement implements ConformanceRequirement {
  /** Explain answers a ZeeRex record with server, index and schema information. */
  EXPLAIN("A request with no parameters, or operation=explain, answers an explain record (ZeeRex) whose serverInfo gives host, "
      + "port, database and the protocol version, with at least one index mapped to a context set's name (SRU base profile).",
      "Yêu cầu không tham số, hoặc operation=explain, trả lời bản ghi explain (ZeeRex) có serverInfo nêu host, port, database và "
      + "phiên bản giao thức, với ít nhất một chỉ mục gắn với tên trong một bộ ngữ cảnh (hồ sơ cơ bản SRU)."),
  /** Every answer is an SRU document of the announced version. */
  RESPONSE_FORMAT("Every answer is HTTP 200 and well-formed XML whose root is in the namespace of the version asked "
      + "(http://www.loc.gov/zing/srw/ for 1.x, with a version element; the OASIS sruResponse or scan namespace for 2.0).",
      "Mọi câu trả lời là HTTP 200 và XML đúng khuôn dạng, phần tử gốc thuộc không gian tên của phiên bản được hỏi "
      + "(http://www.loc.gov/zing/srw/ với 1.x, có phần tử version; không gian tên sruResponse hoặc scan của OASIS với 2.0)."),
  /** 2.0 answers validate against the OASIS schemas. */
  SCHEMA_VALID("Every SRU 2.0 answer validates against the OASIS searchRetrieve schemas (records and explain data laxly); "
      + "SRU 1.x answers are checked element by element instead.",
      "Mọi câu trả lời SRU 2.0 hợp lệ theo lược đồ searchRetrieve của OASIS (bản ghi và dữ liệu explain kiểm tra lỏng); "
      + "câu trả lời SRU 1.x được kiểm tra theo từng phần tử."),
  /** A search answers a count and records with positions. */
  SEARCH_RETRIEVE("A searchRetrieve answers numberOfRecords and, for a query that matches, records each with recordSchema, "
      + "recordData and a recordPosition counting from startRecord, no more than maximumRecords asked.",
      "searchRetrieve trả lời numberOfRecords và, với truy vấn có kết quả, các bản ghi mỗi bản có recordSchema, recordData "
      + "và recordPosition đếm từ startRecord, không nhiều hơn maximumRecords đã hỏi."),
  /** Paging by startRecord and nextRecordPosition. */
  PAGING("Paging works: a page of 2 points nextRecordPosition at 3, the page from startRecord 3 starts at position 3 with other "
      + "records, and the last record's page has no nextRecordPosition.",
      "Phân trang hoạt động: trang 2 bản ghi trỏ nextRecordPosition về 3, trang từ startRecord 3 bắt đầu ở vị trí 3 với các "
      + "bản ghi khác, và trang của bản ghi cuối không có nextRecordPosition."),
  /** Scan answers terms or says it does not scan. */
  SCAN("A scan of an index answers terms each with a value and a non-negative numberOfRecords, or diagnostic 4 (unsupported "
      + "operation) when the server does not scan (scan is optional).",
      "scan một chỉ mục trả lời các thuật ngữ, mỗi thuật ngữ có value và numberOfRecords không âm, hoặc chẩn đoán 4 (thao tác "
      + "không được hỗ trợ) khi máy chủ không hỗ trợ scan (scan là tuỳ chọn)."),
  /** A malformed query is diagnostic 10. */
  QUERY_SYNTAX_DIAGNOSTIC("A malformed CQL query (an unclosed parenthesis) is answered with the fatal diagnostic "
      + "info:srw/diagnostic/1/10 (query syntax error), or one of the more precise 11 to 14, and no records.",
      "Truy vấn CQL sai cú pháp (thiếu ngoặc đóng) được trả lời bằng chẩn đoán nghiêm trọng info:srw/diagnostic/1/10 (lỗi cú "
      + "pháp truy vấn), hoặc một chẩn đoán cụ thể hơn từ 11 đến 14, và không có bản ghi nào."),
  /** An unknown index is diagnostic 15 or 16. */
  UNSUPPORTED_INDEX_DIAGNOSTIC("A query on an index the server does not have is answered with diagnostic 16 (unsupported index) "
      + "or 15 (unsupported context set), never with records.",
      "Truy vấn trên chỉ mục máy chủ không có được trả lời bằng chẩn đoán 16 (chỉ mục không được hỗ trợ) hoặc 15 (bộ ngữ cảnh "
      + "không được hỗ trợ), không bao giờ bằng bản ghi."),
  /** startRecord past the results is diagnostic 61. */
  FIRST_RECORD_OUT_OF_RANGE("A startRecord beyond numberOfRecords is answered with diagnostic 61 (first record position out of range).",
      "startRecord vượt quá numberOfRecords được trả lời bằng chẩn đoán 61 (vị trí bản ghi đầu tiên nằm ngoài phạm vi)."),
  /** An unknown schema is diagnostic 66. */
  UNKNOWN_SCHEMA("A recordSchema the server does not have is answered with diagnostic 66 (unknown schema for retrieval).",
      "recordSchema máy chủ không có được trả lời bằng chẩn đoán 66 (lược đồ truy xuất không được biết).");

  private final String english;
  private final String vietnamese;

  SruRequirement(String english, String vietnamese) {
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
