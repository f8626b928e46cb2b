package vn.libnet.testkit.conformance;

/**
 * The requirements of OAI-PMH 2.0 (the specification of 2002-06-14, revised 2015; section numbers are its
 * own) that {@link OaiConformanceSuite} checks, each with its text in both languages.
 */
public enum OaiRequirement implements ConformanceRequirement {
  /** Identify answers every required element. */
  IDENTIFY("Identify answers repositoryName, baseURL, protocolVersion 2.0, earliestDatestamp, deletedRecord (no, transient or "
      + "persistent), granularity and at least one adminEmail (§4.2).",
      "Identify trả lời đủ repositoryName, baseURL, protocolVersion 2.0, earliestDatestamp, deletedRecord (no, transient hoặc "
      + "persistent), granularity và ít nhất một adminEmail (§4.2)."),
  /** Identify's baseURL is where the requests went. */
  BASE_URL("Identify's baseURL is the URL the requests were sent to, so that harvesters send theirs there too (§4.2).",
      "baseURL của Identify chính là địa chỉ đã gửi yêu cầu tới, để các trình thu thập gửi đúng chỗ (§4.2)."),
  /** Every answer is a well-formed OAI-PMH envelope. */
  RESPONSE_FORMAT("Every answer is HTTP 200, XML in UTF-8 served as text/xml, with a responseDate in UTC (YYYY-MM-DDThh:mm:ssZ) "
      + "and a request element holding the base URL (§3.2, §3.3).",
      "Mọi câu trả lời là HTTP 200, XML mã UTF-8 với kiểu text/xml, có responseDate theo UTC (YYYY-MM-DDThh:mm:ssZ) "
      + "và phần tử request chứa URL gốc (§3.2, §3.3)."),
  /** Every answer validates against the schema. */
  SCHEMA_VALID("Every answer validates against the OAI-PMH 2.0 XML schema (the envelope strictly, the records' metadata laxly) (§3.2).",
      "Mọi câu trả lời hợp lệ theo lược đồ XML của OAI-PMH 2.0 (vỏ kiểm tra chặt, siêu dữ liệu của biểu ghi kiểm tra lỏng) (§3.2)."),
  /** Requests by POST are answered. */
  POST("A request sent by POST as application/x-www-form-urlencoded is answered as by GET (§3.1.1.2).",
      "Yêu cầu gửi bằng POST dạng application/x-www-form-urlencoded được trả lời như với GET (§3.1.1.2)."),
  /** oai_dc is among the formats. */
  METADATA_FORMATS("ListMetadataFormats lists oai_dc, which every repository must disseminate, with its schema and namespace (§3.4, §4.4).",
      "ListMetadataFormats liệt kê oai_dc, khổ mẫu mọi kho phải cung cấp, cùng lược đồ và không gian tên của nó (§3.4, §4.4)."),
  /** ListSets answers sets or noSetHierarchy. */
  SETS("ListSets answers sets with setSpec and setName, or noSetHierarchy when the repository has none (§4.6).",
      "ListSets trả lời các tập hợp với setSpec và setName, hoặc noSetHierarchy khi kho không có tập hợp (§4.6)."),
  /** ListIdentifiers answers headers. */
  LIST_IDENTIFIERS("ListIdentifiers in oai_dc answers headers with an identifier and a datestamp each, or noRecordsMatch when "
      + "the repository is empty (§4.3).",
      "ListIdentifiers theo oai_dc trả lời các header, mỗi header có identifier và datestamp, hoặc noRecordsMatch khi kho trống (§4.3)."),
  /** Lists follow resumption tokens to their end. */
  RESUMPTION("A list longer than a page goes on by resumptionToken to its end: no identifier twice, the last page with an empty "
      + "token, cursor and completeListSize consistent where given (§3.5).",
      "Danh sách dài hơn một trang được đọc tiếp bằng resumptionToken đến hết: không định danh nào lặp lại, trang cuối có mã rỗng, "
      + "cursor và completeListSize nhất quán khi có (§3.5)."),
  /** Datestamps have the announced granularity. */
  DATESTAMPS("Every datestamp has the granularity Identify announces and none is before earliestDatestamp (§3.3.2, §4.2).",
      "Mọi datestamp có độ chi tiết mà Identify công bố và không cái nào sớm hơn earliestDatestamp (§3.3.2, §4.2)."),
  /** from and until select by datestamp. */
  SELECTIVE_HARVESTING("from and until select by datestamp, both inclusive: a list from and until one record's datestamp holds "
      + "that record and only records of that datestamp (§2.7.1).",
      "from và until chọn theo datestamp, tính cả hai đầu: danh sách từ và đến datestamp của một biểu ghi chứa biểu ghi đó "
      + "và chỉ các biểu ghi có datestamp ấy (§2.7.1)."),
  /** ListRecords answers records with metadata. */
  LIST_RECORDS("ListRecords in oai_dc answers records with a header and oai_dc metadata; a deleted record has no metadata (§4.5, §2.5.1).",
      "ListRecords theo oai_dc trả lời các biểu ghi có header và siêu dữ liệu oai_dc; biểu ghi đã xoá không có siêu dữ liệu (§4.5, §2.5.1)."),
  /** Deleted headers follow the policy. */
  DELETED_RECORDS("A header marked deleted appears only when deletedRecord is transient or persistent (§2.5.1).",
      "Header đánh dấu đã xoá chỉ xuất hiện khi deletedRecord là transient hoặc persistent (§2.5.1)."),
  /** GetRecord answers the record listed. */
  GET_RECORD("GetRecord of a listed identifier in oai_dc answers that record with the datestamp of the list (§4.1).",
      "GetRecord một định danh đã liệt kê theo oai_dc trả lời đúng biểu ghi đó với datestamp như trong danh sách (§4.1)."),
  /** Bad verbs are answered badVerb. */
  BAD_VERB("No verb, an unknown verb, or the verb twice is answered badVerb, with a request element without attributes (§3.3.1, §3.6).",
      "Không có verb, verb không tồn tại, hoặc verb hai lần được trả lời badVerb, với phần tử request không có thuộc tính (§3.3.1, §3.6)."),
  /** Bad arguments are answered badArgument. */
  BAD_ARGUMENT("A missing metadataPrefix, an unknown argument, a malformed date, from and until of different granularities, "
      + "a date finer than the repository's granularity, or resumptionToken with another argument is answered badArgument (§3.6).",
      "Thiếu metadataPrefix, tham số lạ, ngày sai khuôn dạng, from và until khác độ chi tiết, ngày chi tiết hơn độ chi tiết của kho, "
      + "hoặc resumptionToken đi kèm tham số khác được trả lời badArgument (§3.6)."),
  /** An invented token is answered badResumptionToken. */
  BAD_RESUMPTION_TOKEN("An invented resumptionToken is answered badResumptionToken (§3.6).",
      "Một resumptionToken bịa ra được trả lời badResumptionToken (§3.6)."),
  /** An unknown format is answered cannotDisseminateFormat. */
  CANNOT_DISSEMINATE_FORMAT("A metadataPrefix the repository does not have is answered cannotDisseminateFormat (§3.6).",
      "metadataPrefix kho không có được trả lời cannotDisseminateFormat (§3.6)."),
  /** An unknown identifier is answered idDoesNotExist. */
  ID_DOES_NOT_EXIST("GetRecord of an identifier the repository does not have is answered idDoesNotExist (§3.6).",
      "GetRecord một định danh kho không có được trả lời idDoesNotExist (§3.6)."),
  /** An empty range is answered noRecordsMatch. */
  NO_RECORDS_MATCH("A list until the day before earliestDatestamp is answered noRecordsMatch (§3.6).",
      "Danh sách đến ngày trước earliestDatestamp được trả lời noRecordsMatch (§3.6).");

  private final String english;
  private final String vietnamese;

  OaiRequirement(String english, String vietnamese) {
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
