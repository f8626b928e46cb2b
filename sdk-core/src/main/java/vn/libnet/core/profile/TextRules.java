package vn.libnet.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * Rules that apply to every string of any model: NFC, no legacy-encoded text, no control characters,
 * no stray white space. Strings are visited through the model's JSON form, so paths are JSON Pointers.
 */
final class TextRules {
  private TextRules() {}

  static <T> List<Rule<T>> all() {
    return List.of(
        textRule(
            "TEXT_NOT_NFC",
            Severity.ERROR,
            (path, text, sink) -> {
              if (!VietnameseText.isNfc(text)) {
                sink.report(path, text);
              }
            }),
        textRule(
            "TEXT_LEGACY_ENCODING",
            Severity.ERROR,
            (path, text, sink) ->
                LegacyEncoding.repair(text)
                    .ifPresent(r -> sink.report(path, text, r.encoding().displayName(), r.text()))),
        textRule(
            "TEXT_CONTROL_CHARACTER",
            Severity.ERROR,
            (path, text, sink) -> {
              int at = firstControl(text);
              if (at >= 0) {
                sink.report(path, String.format("U+%04X", (int) text.charAt(at)), at);
              }
            }),
        textRule(
            "TEXT_WHITESPACE",
            Severity.WARNING,
            (path, text, sink) -> {
              if (firstControl(text) < 0 && !text.equals(collapse(text))) {
                sink.report(path, text);
              }
            }));
  }

  /** A check of one string of the document at its JSON Pointer. */
  private interface TextCheck {
    void check(String path, String text, Rule.IssueSink sink);
  }

  private static <T> Rule<T> textRule(String code, Severity severity, TextCheck check) {
    return Rule.of(
        code,
        severity,
        (T doc, Rule.IssueSink sink) -> {
          for (String[] t : texts(doc, sink)) {
            check.check(t[0], t[1], sink);
          }
        });
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s{2,}", " ");
  }

  /** Key of the document's strings in the validation's shared values: collected once for all four rules. */
  private static final Object TEXTS = new Object();

  // Every string of the document with its JSON Pointer, as {path, text}; collected once per validation.
  private static List<String[]> texts(Object document, Rule.IssueSink sink) {
    return sink.shared(
        TEXTS,
        () -> {
          List<String[]> found = new ArrayList<>();
          walk(LibnetJson.mapper().valueToTree(document), "", found);
          return found;
        });
  }

  private static void walk(JsonNode node, String path, List<String[]> found) {
    if (node.isTextual()) {
      found.add(new String[] {path, node.textValue()});
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, found);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "/" + escape(e.getKey()), found);
      }
    }
  }

  // RFC 6901: '~' and '/' in a member name are written ~0 and ~1.
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
