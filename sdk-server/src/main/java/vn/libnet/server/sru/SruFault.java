package vn.libnet.server.sru;

import java.util.EnumMap;
import java.util.Map;
import vn.libnet.core.sru.SruDiagnosticCode;

/**
 * A diagnostic the provider answers: fatal when it ends the request, or a surrogate in place of one
 * record. Its message is the diagnostic's name in English and Vietnamese; the details name what is at
 * fault (the parameter, index, position), never an internal exception's text.
 */
final class SruFault extends Exception {
  private static final long serialVersionUID = 1L;
  private static final Map<SruDiagnosticCode, String> TEXTS = new EnumMap<>(SruDiagnosticCode.class);

  static {
    TEXTS.put(SruDiagnosticCode.GENERAL_SYSTEM_ERROR, "General system error / Lỗi hệ thống");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_OPERATION, "Unsupported operation / Thao tác không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_VERSION, "Unsupported version / Phiên bản không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_PARAMETER_VALUE, "Unsupported parameter value / Giá trị tham số không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.MANDATORY_PARAMETER_MISSING, "Mandatory parameter not supplied / Thiếu tham số bắt buộc");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_PARAMETER, "Unsupported parameter / Tham số không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.QUERY_SYNTAX_ERROR, "Query syntax error / Lỗi cú pháp truy vấn");
    TEXTS.put(SruDiagnosticCode.QUERY_TOO_LONG, "Too many characters in query / Truy vấn quá dài");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_PARENTHESES, "Invalid or unsupported use of parentheses / Ngoặc lồng nhau quá sâu hoặc sai");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_CONTEXT_SET, "Unsupported context set / Bộ ngữ cảnh không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_INDEX, "Unsupported index / Chỉ mục không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_RELATION, "Unsupported relation / Quan hệ không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_RELATION_MODIFIER, "Unsupported relation modifier / Bổ ngữ quan hệ không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.TERM_TOO_LONG, "Too many characters in term / Từ tìm kiếm quá dài");
    TEXTS.put(SruDiagnosticCode.EMPTY_TERM_UNSUPPORTED, "Empty term unsupported / Không hỗ trợ từ tìm kiếm rỗng");
    TEXTS.put(SruDiagnosticCode.MASKING_NOT_SUPPORTED, "Masking character not supported / Ký tự đại diện không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_BOOLEAN_OPERATOR, "Unsupported boolean operator / Toán tử logic không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.TOO_MANY_BOOLEANS, "Too many boolean operators in query / Truy vấn có quá nhiều toán tử logic");
    TEXTS.put(SruDiagnosticCode.PROXIMITY_NOT_SUPPORTED, "Proximity not supported / Không hỗ trợ tìm theo khoảng cách");
    TEXTS.put(SruDiagnosticCode.FIRST_RECORD_OUT_OF_RANGE, "First record position out of range / Vị trí bản ghi đầu tiên vượt quá số kết quả");
    TEXTS.put(SruDiagnosticCode.RECORD_TEMPORARILY_UNAVAILABLE, "Record temporarily unavailable / Bản ghi tạm thời không có");
    TEXTS.put(SruDiagnosticCode.SYSTEM_ERROR_IN_RETRIEVING_RECORDS, "System error in retrieving records / Lỗi hệ thống khi lấy bản ghi");
    TEXTS.put(SruDiagnosticCode.UNKNOWN_SCHEMA, "Unknown schema for retrieval / Lược đồ bản ghi không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.UNSUPPORTED_RECORD_PACKING, "Unsupported record packing / Cách đóng gói bản ghi không được hỗ trợ");
    TEXTS.put(SruDiagnosticCode.XPATH_UNSUPPORTED, "XPath retrieval unsupported / Không hỗ trợ lấy bản ghi theo XPath");
    TEXTS.put(SruDiagnosticCode.SORT_NOT_SUPPORTED, "Sort not supported / Không hỗ trợ sắp xếp");
    TEXTS.put(SruDiagnosticCode.STYLESHEETS_UNSUPPORTED, "Stylesheets not supported / Không hỗ trợ stylesheet");
  }

  final SruDiagnosticCode code;
  final String details;

  SruFault(SruDiagnosticCode code, String details) {
    super(code.name(), null, false, false);
    this.code = code;
    this.details = details == null ? "" : details;
  }

  /** The diagnostic's name in English and Vietnamese. */
  String text() {
    return TEXTS.getOrDefault(code, code.name());
  }
}
