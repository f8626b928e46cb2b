package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.testkit.HubLogRecovery;
import vn.libnet.testkit.HubLogRecovery.Changed;
import vn.libnet.testkit.HubLogRecovery.LostEntry;
import vn.libnet.testkit.HubLogRecovery.Removed;
import vn.libnet.testkit.HubLogRecovery.Result;

/**
 * {@code libnet hub recover --data DIR}: {@link HubLogRecovery} on a stopped hub's data folder, printing
 * what was kept, what was moved aside and which acknowledged writes were lost. Exit 0 when there was
 * nothing to recover or only a torn end; 1 when damaged bytes were removed (losses listed); 2 when it
 * cannot (no log, I/O, or kept writes would be answered differently and {@code --accept-changes} was not given).
 */
@Command(
    name = "recover",
    description = {
      "Recover a hub data folder whose log is damaged: keep every intact entry, move the damaged bytes aside, list what was lost. Stop the hub first.",
      "Khôi phục thư mục dữ liệu của hub có nhật ký bị hỏng: giữ mọi mục nguyên vẹn, chuyển các byte hỏng sang tệp riêng, liệt kê những gì đã mất. Hãy dừng hub trước."
    })
final class HubRecoverCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = {"The hub's data folder (the --data of libnet hub).", "Thư mục dữ liệu của hub (--data của libnet hub)."})
  Path data;

  @Option(names = "--accept-changes",
      description = {"Write the new log even when kept writes would be answered differently (records renumbered); the changes are listed.",
          "Vẫn ghi nhật ký mới khi các lần ghi được giữ sẽ nhận câu trả lời khác (biểu ghi bị đánh số lại); các thay đổi được liệt kê."})
  boolean acceptChanges;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    Result r;
    try {
      r = HubLogRecovery.recover(data, acceptChanges);
    } catch (NoSuchFileException noLog) {
      throw new Cli.UserError(CliText.text(locale, "recover.noLog", data));
    }
    out.println(CliText.text(locale, "recover.kept", r.entriesKept(), r.log()));
    for (Removed x : r.removed()) {
      out.println(CliText.text(locale, x.tornTail() ? "recover.torn" : "recover.damaged", x.offset(), x.offset() + x.length(),
          x.length(), x.entry()));
      if (!x.tornTail() && x.readable().isEmpty()) {
        out.println(CliText.text(locale, "recover.unreadable"));
      }
      // A torn end was never acknowledged: what can be read of it is no loss to report.
      for (LostEntry e : x.tornTail() ? List.<LostEntry>of() : x.readable()) {
        out.println(CliText.text(locale, "recover.lost", e.offset(), or(e.type()), or(e.method()), or(e.path()), or(e.signer()),
            or(e.idempotencyKey()), or(e.at()), e.recordIds().isEmpty() ? "?" : String.join(", ", e.recordIds())));
      }
    }
    for (Changed c : r.changed()) {
      out.println(CliText.text(locale, "recover.changed", c.entry(), c.offset(), or(c.method()), or(c.path()), or(c.idempotencyKey())));
      c.differences().forEach(d -> out.println("    " + d));
    }
    if (r.changedWrites() > r.changed().size()) {
      out.println(CliText.text(locale, "recover.moreChanged", r.changedWrites() - r.changed().size()));
    }
    switch (r.outcome()) {
      case NOTHING_TO_RECOVER -> out.println(CliText.text(locale, "recover.nothing"));
      case REFUSED -> out.println(CliText.text(locale, "recover.refused"));
      default -> {
        out.println(CliText.text(locale, "recover.files", r.damagedBytes().orElseThrow(), r.damagedIndex().orElseThrow()));
        if (r.losesAcknowledgedWrites()) {
          out.println(CliText.text(locale, "recover.losses"));
        }
        out.println(CliText.text(locale, "recover.done", data));
      }
    }
    out.flush();
    return switch (r.outcome()) {
      case NOTHING_TO_RECOVER, RECOVERED -> 0;
      case RECOVERED_WITH_LOSSES -> 1;
      case REFUSED -> LibnetCli.USAGE_OR_IO;
    };
  }

  private static String or(String value) {
    return Objects.requireNonNullElse(value, "?");
  }
}
