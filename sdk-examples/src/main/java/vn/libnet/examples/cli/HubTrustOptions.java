package vn.libnet.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.libnet.client.HubKeys;

/**
 * Which hub keys a command that talks to a hub trusts ({@code --hub-jwks}, {@code --allow-plain-http}): the
 * keys pinned from a JWKS file, or else those the hub publishes (over https, or plain http from this machine).
 */
final class HubTrustOptions {
  @Option(names = "--hub-jwks", paramLabel = "FILE",
      description = {"Trust only these hub keys (JWKS); by default the hub's published JWKS.",
          "Chỉ tin các khoá hub này (JWKS); mặc định: JWKS hub công bố."})
  Path hubJwks;

  @Option(names = "--allow-plain-http", description = {
      "Fetch the hub's keys over plain http even from a host that is not this machine (unsafe: anyone on the way can swap them).",
      "Cho phép lấy khoá của hub qua http thường từ máy khác (không an toàn: bất kỳ ai trên đường truyền có thể tráo khoá)."})
  boolean allowPlainHttp;

  /**
   * The keys to trust.
   *
   * @throws Cli.UserError naming the file when the JWKS cannot be read or holds no usable key
   */
  HubKeys trusted(Locale locale) {
    if (hubJwks == null) {
      return allowPlainHttp ? HubKeys.fromHub().allowPlainHttp() : HubKeys.fromHub();
    }
    try {
      return HubKeys.pinnedJwks(Files.readString(hubJwks));
    } catch (IOException | IllegalArgumentException e) {
      throw new Cli.UserError(CliText.text(locale, "error.hubJwks", hubJwks));
    }
  }
}
