package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.cql.Cql;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSyntaxException;
import vn.libnet.core.cql.XcqlSchema;

/** {@code libnet cql parse QUERY [--xcql]}: a CQL 1.2 query read by sdk-core's parser, written back canonically or as XCQL. */
@Command(
    name = "cql",
    description = {"CQL 1.2 queries (the query language of SRU).", "Truy vấn CQL 1.2 (ngôn ngữ truy vấn của SRU)."},
    subcommands = {CqlCommand.Parse.class, LibnetHelp.class})
final class CqlCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code libnet cql parse QUERY}. */
  @Command(
      name = "parse",
      description = {"Read a CQL query and print it canonically, or as XCQL (--xcql, OASIS; --xcql-loc for SRU 1.2's).",
          "Đọc một truy vấn CQL và in lại ở dạng chuẩn, hoặc dạng XCQL (--xcql, của OASIS; --xcql-loc cho SRU 1.2).",
          "Exit 0: the query is valid CQL; 2: a syntax error (its character position is printed).",
          "Mã thoát 0: truy vấn đúng cú pháp CQL; 2: lỗi cú pháp (in vị trí ký tự của lỗi)."})
  static final class Parse implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = {"The query, quoted for the shell.", "Truy vấn, đặt trong dấu nháy cho shell."})
    String query;

    @Option(names = "--xcql", description = {"Print the XCQL (OASIS searchRetrieve Part 5).", "In dạng XCQL (OASIS searchRetrieve Phần 5)."})
    boolean xcql;

    @Option(names = "--xcql-loc", description = {"Print the XCQL of CQL 1.2 (Library of Congress, SRU 1.2).",
        "In dạng XCQL của CQL 1.2 (Thư viện Quốc hội Mỹ, SRU 1.2)."})
    boolean xcqlLoc;

    @Mixin LanguageOption language;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Locale locale = language.locale();
      CqlQuery q;
      try {
        q = Cql.parse(query);
      } catch (CqlSyntaxException e) {
        spec.commandLine().getErr().println(e.message(locale));
        return LibnetCli.USAGE_OR_IO;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(xcqlLoc ? q.toXcql(XcqlSchema.LOC) : xcql ? q.toXcql() : q.toCql());
      out.flush();
      return 0;
    }
  }
}
