package vn.libnet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.marc4j.marc.Record;
import vn.libnet.marc.crosswalk.BibRecordCrosswalk;
import vn.libnet.server.sru.SruProvider;
import vn.libnet.server.sru.SruRecordSource;
import vn.libnet.server.sru.SruServlet;

/**
 * An SRU server (1.1, 1.2 and 2.0) on embedded Jetty, for tests of SRU clients: sdk-server's {@link
 * SruProvider} over any {@link SruRecordSource}, or over MARC records searched as the hub searches its
 * union catalogue ({@link #catalogue}), at {@code http://127.0.0.1:PORT/sru}.
 *
 * <pre>{@code
 * try (SruTestServer sru = SruTestServer.builder().maximumRecords(5).start(SruTestServer.catalogue(records))) {
 *   SruClient.builder().baseUrl(sru.baseUrl()).build().searchRetrieve("dc.title = \"lịch sử\"");
 * }
 * }</pre>
 *
 * <p>Open and unsigned, as SRU clients expect; bound to the loopback address unless told otherwise.
 */
public final class SruTestServer implements AutoCloseable {
  private final Server jetty;
  private final ServerConnector connector;
  private final String baseUrl;

  private SruTestServer(Builder b, SruRecordSource source) throws IOException {
    this.jetty = HubJetty.server(8);
    this.connector = HubJetty.connector(jetty, b.bind, b.port, 16 * 1024, Duration.ofSeconds(30), 1024, 64);
    connector.open();
    String host = b.bind.isAnyLocalAddress() ? "127.0.0.1" : b.bind.getHostAddress();
    this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort() + "/sru";
    SruProvider provider = SruProvider.builder(source).baseUrl(URI.create(baseUrl)).maximumRecords(b.maximumRecords)
        .defaultRecords(Math.min(b.defaultRecords, b.maximumRecords)).build();
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new SruServlet(provider)), "/sru");
    jetty.setHandler(context);
    try {
      jetty.start();
    } catch (Exception e) {
      close();
      throw new IOException("The SRU server did not start", e);
    }
  }

  /** A builder: a free port on the loopback address, 10 records by default and 100 at most per answer. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A source over {@code records}, in their order, searched as the hub searches its catalogue: the indexes
   * of {@code docs/sru.md} (dc.title, dc.creator, dc.subject, bath.isbn, bath.issn, libnet.holder from
   * 852 $a, dc.date), Vietnamese folded. A record's id is its 001, or its position when it has none.
   */
  public static SruRecordSource catalogue(List<Record> records) {
    List<CatalogSruSource.Entry> entries = new ArrayList<>();
    for (Record r : records) {
      String id = r.getControlNumber() == null ? String.valueOf(entries.size() + 1) : r.getControlNumber();
      entries.add(new CatalogSruSource.Entry(id, HubSearch.Doc.of(BibRecordCrosswalk.fromMarc(r), r), () -> r));
    }
    List<CatalogSruSource.Entry> fixed = List.copyOf(entries);
    return new CatalogSruSource("SRU test catalogue", () -> fixed);
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:41234/sru}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Stops the server; harmless when already stopped. */
  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      // Stopping a server in a test's clean-up: nothing to hand back, and the port is freed either way.
      connector.close();
    }
  }

  /** Options of an {@link SruTestServer}; every setter refuses {@code null} and values out of range. */
  public static final class Builder {
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int port;
    private int defaultRecords = 10;
    private int maximumRecords = 100;

    private Builder() {}

    /** The port, 0 (the default) for a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to listen on (default: loopback). */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /** Records per answer when the request does not say (default 10; never above {@link #maximumRecords}). */
    public Builder defaultRecords(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("An answer holds at least one record, not " + n);
      }
      this.defaultRecords = n;
      return this;
    }

    /** The most records per answer, whatever the request asks (default 100). */
    public Builder maximumRecords(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("An answer holds at least one record, not " + n);
      }
      this.maximumRecords = n;
      return this;
    }

    /**
     * Binds and starts over {@code source}.
     *
     * @throws UncheckedIOException when the port cannot be bound or the server does not start
     */
    public SruTestServer start(SruRecordSource source) {
      Objects.requireNonNull(source, "source");
      try {
        return new SruTestServer(this, source);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start an SRU server on port " + port, e);
      }
    }
  }
}
