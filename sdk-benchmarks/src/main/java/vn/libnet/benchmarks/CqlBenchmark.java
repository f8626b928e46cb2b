package vn.libnet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.libnet.core.cql.CqlParser;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSyntaxException;

/**
 * The CQL parser (issue 16) on what an SRU responder receives: a typical catalogue query, its canonical and
 * XCQL forms, and hostile queries that must be refused at once (nested past the depth bound, a term past the
 * length bound), since a responder parses every request before anything else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CqlBenchmark {
  private final CqlParser parser = CqlParser.create();
  private final String typical = "> dc = \"info:srw/cql-context-set/1/dc-v1.1\" dc.title all \"lịch sử Việt Nam\" and (dc.creator = \"Trần Trọng Kim\" "
      + "or dc.creator = Nguyễn*) not dc.date < 1900 sortBy dc.date/sort.descending";
  private final CqlQuery parsed = parser.parse(typical);
  private final String deep = "(".repeat(5000) + "a" + ")".repeat(5000);
  private final String manyClauses = String.join(" or ", java.util.Collections.nCopies(5000, "dc.title = hoa"));

  @Benchmark
  public CqlQuery parseTypical() {
    return parser.parse(typical);
  }

  @Benchmark
  public String canonical() {
    return parsed.toCql();
  }

  @Benchmark
  public String xcql() {
    return parsed.toXcql();
  }

  @Benchmark
  public Object refuseDeep() {
    return refuse(deep);
  }

  @Benchmark
  public Object refuseManyClauses() {
    return refuse(manyClauses);
  }

  private Object refuse(String q) {
    try {
      return parser.parse(q);
    } catch (CqlSyntaxException e) {
      return e;
    }
  }
}
