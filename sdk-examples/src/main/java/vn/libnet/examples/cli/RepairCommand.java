package vn.libnet.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.RepairedText;
import vn.libnet.core.text.SourceEncoding;
import vn.libnet.core.text.VietnameseText;

/**
 * {@code libnet text repair}: legacy Vietnamese from standard input to Unicode NFC on standard output,
 * line by line, so input of any size streams through.
 */
@Command(
    name = "repair",
    description = {
      "Convert legacy Vietnamese (TCVN3, VNI, VISCII, CP1258, or such text misread as Windows-1252) from"
          + " standard input to UTF-8 NFC on standard output.",
      "Chuyển văn bản tiếng Việt mã cũ (TCVN3, VNI, VISCII, CP1258, hoặc văn bản như thế bị đọc nhầm theo Windows-1252)"
          + " từ đầu vào chuẩn sang UTF-8 NFC ở đầu ra chuẩn."
    })
final class RepairCommand implements Callable<Integer> {
  enum From {
    auto,
    tcvn3,
    vni,
    viscii,
    cp1258
  }

  @Option(
      names = "--encoding",
      paramLabel = "tcvn3|vni|viscii|cp1258|auto",
      description = {"Encoding of the input; auto detects it line by line, and a line that cannot decide alone follows"
          + " the lines before it (default: auto).",
          "Bảng mã của đầu vào; auto tự nhận theo từng dòng, dòng nào không tự quyết định được thì theo các dòng"
          + " trước nó (mặc định: auto)."})
  From encoding;

  // The old spelling, kept for one release; DESIGN.md keeps --from for dates.
  @Option(names = "--from", hidden = true)
  From fromOld;

  @Mixin LanguageOption language;

  @ParentCommand TextCommand text;

  @Spec CommandSpec spec;

  /** What the lines read so far were in: a line that cannot decide alone follows them. */
  private final SourceEncoding source = SourceEncoding.learning();

  @Override
  public Integer call() throws IOException {
    LibnetCli root = (LibnetCli) spec.root().userObject();
    Locale locale = language.locale();
    OutputStream out = root.rawOut();
    Map<LegacyEncoding, Integer> repaired = new EnumMap<>(LegacyEncoding.class);
    int lines = 0;
    From from = encoding != null ? encoding : fromOld != null ? fromOld : From.auto;
    LegacyEncoding fixed = from == From.auto ? null : LegacyEncoding.fromName(from.name());
    InputStream in = new BufferedInputStream(root.in());
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    for (int b = in.read(); ; b = in.read()) {
      if (b >= 0 && b != '\n') {
        line.write(b);
        continue;
      }
      if (b < 0 && line.size() == 0) {
        break;
      }
      lines++;
      String converted = convert(line.toByteArray(), fixed, repaired, lines, locale);
      out.write(converted.getBytes(StandardCharsets.UTF_8));
      if (b == '\n') {
        out.write('\n');
      }
      line.reset();
      if (b < 0) {
        break;
      }
    }
    out.flush();
    int total = repaired.values().stream().mapToInt(Integer::intValue).sum();
    String detail =
        repaired.entrySet().stream()
            .map(e -> e.getKey().displayName() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    spec.commandLine().getErr().println(CliText.text(locale, "repair.summary", lines, total, detail.isEmpty() ? "" : " (" + detail + ")"));
    return 0;
  }

  private String convert(
      byte[] bytes, LegacyEncoding fixed, Map<LegacyEncoding, Integer> repaired, int lineNumber, Locale locale) {
    String utf8 = strictUtf8(bytes);
    if (fixed != null) {
      // Text that is already UTF-8 is either proper Unicode or legacy text misread once already: decoding
      // its bytes again would garble it; it is repaired only when it reads better in the given encoding.
      // (Legacy bytes that happen to be valid UTF-8 decode to other scripts, and are read as legacy.)
      if (utf8 != null && !isAscii(bytes)
          && (VietnameseText.hasOnlyVietnameseLetters(utf8) || LegacyEncoding.couldBeMisread(utf8))) {
        String reread = fixed.repairMisread(utf8).orElse(null);
        if (reread != null) {
          repaired.merge(fixed, 1, Integer::sum);
          return reread;
        }
        return Normalizer.normalize(utf8, Normalizer.Form.NFC);
      }
      repaired.merge(fixed, 1, Integer::sum);
      return fixed.decode(bytes);
    }
    if (utf8 != null) {
      RepairedText r = LegacyEncoding.repair(utf8).orElse(null);
      if (r != null) {
        source.recordDecided(r.encoding());
        repaired.merge(r.encoding(), 1, Integer::sum);
        return r.text();
      }
      // A line that reads equally well in two encodings takes the one the earlier lines were in.
      LegacyEncoding learned = source.encoding().orElse(null);
      String reread = learned == null ? null : learned.repairMisread(utf8).orElse(null);
      if (reread != null) {
        repaired.merge(learned, 1, Integer::sum);
        return reread;
      }
      return Normalizer.normalize(utf8, Normalizer.Form.NFC);
    }
    LegacyEncoding detected = LegacyEncoding.detect(bytes).orElse(null);
    if (detected != null) {
      source.recordDecided(detected);
      repaired.merge(detected, 1, Integer::sum);
      return detected.decode(bytes);
    }
    LegacyEncoding learned = source.encoding().orElse(null);
    if (learned != null) {
      repaired.merge(learned, 1, Integer::sum);
      return learned.decode(bytes);
    }
    spec.commandLine().getErr().println(CliText.text(locale, "repair.undetected", lineNumber));
    return new String(bytes, Charset.forName("windows-1252"));
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
