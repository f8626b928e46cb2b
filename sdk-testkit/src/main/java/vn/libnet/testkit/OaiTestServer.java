package vn.libnet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import vn.libnet.server.oai.OaiProvider;
import vn.libnet.server.oai.OaiRecordSource;
import vn.libnet.server.oai.OaiServlet;

/**
 * An OAI-PMH 2.0 repository on embedded Jetty, for tests of harvesters and for {@code libnet oai serve}:
 * sdk-server's {@link OaiProvider} over any {@link OaiRecordSource}, at {@code http://127.0.0.1:PORT/oai}.
 *
 * <pre>{@code
 * try (OaiTestServer oai = OaiTestServer.builder().pageSize(10)
 *     .start(baseUrl -> OaiMemorySource.builder(repository(baseUrl)).addAll(items).build())) {
 *   harvest(oai.baseUrl());
 * }
 * }</pre>
 *
 * <p>The source is made once the port is bound, from the base URL, since Identify must name it. Open and
 * unsigned, as harvesters expect; bound to the loopback address unless told otherwise.
 */
public final class OaiTestServer implements AutoCloseable {
  private final Server jetty;
  private final ServerConnector connector;
  private final String baseUrl;
  private final OaiRecordSource source;

  private OaiTestServer(Builder b, Function<String, ? extends OaiRecordSource> sources) throws IOException {
    this.jetty = HubJetty.server(8);
    this.connector = HubJetty.connector(jetty, b.bind, b.port, 16 * 1024, Duration.ofSeconds(30), 1024, 64);
    connector.open();
    String host = b.bind.isAnyLocalAddress() ? "127.0.0.1" : b.bind.getHostAddress();
    this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort() + "/oai";
    try {
      this.source = Objects.requireNonNull(sources.apply(baseUrl), "the source");
    } catch (RuntimeException e) {
      connector.close();
      throw e;
    }
    OaiProvider provider = OaiProvider.builder(source).pageSize(b.pageSize).tokenLifetime(b.tokenLifetime).clock(b.clock).build();
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new OaiServlet(provider)), "/oai");
    jetty.setHandler(context);
    try {
      jetty.start();
    } catch (Exception e) {
      close();
      throw new IOException("The OAI-PMH server did not start", e);
    }
  }

  /** A builder: a free port on the loopback address, the provider's page size and token lifetime. */
  public static Builder builder() {
    return new Builder();
  }

  /** The repository's base URL, e.g. {@code http://127.0.0.1:41234/oai}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The source it answers from. */
  public OaiRecordSource source() {
    return source;
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

  /** Options of an {@link OaiTestServer}; every setter refuses {@code null} and values out of range. */
  public static final class Builder {
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int port;
    private int pageSize = 100;
    private Duration tokenLifetime = Duration.ofHours(24);
    private Clock clock = Clock.systemUTC();

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

    /** Records or headers per page (default 100). */
    public Builder pageSize(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("A page holds at least one record, not " + n);
      }
      this.pageSize = n;
      return this;
    }

    /** How long a resumption token stays valid (default 24 hours). */
    public Builder tokenLifetime(Duration d) {
      this.tokenLifetime = Objects.requireNonNull(d, "tokenLifetime");
      return this;
    }

    /** The clock of responseDate and of token expiry (default: the system's, UTC). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Binds, makes the source from the base URL, and starts.
     *
     * @throws UncheckedIOException when the port cannot be bound or the server does not start
     */
    public OaiTestServer start(Function<String, ? extends OaiRecordSource> source) {
      Objects.requireNonNull(source, "source");
      try {
        return new OaiTestServer(this, source);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start an OAI-PMH server on port " + port, e);
      }
    }
  }
}
