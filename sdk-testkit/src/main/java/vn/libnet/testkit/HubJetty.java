package vn.libnet.testkit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How the hub sits on embedded Jetty 12: a server whose connector holds under hostile clients, and the
 * servlet context that chains the intake, sdk-server's signature filter, the faults and the API.
 */
final class HubJetty {
  private HubJetty() {}

  /** A server with {@code workers} worker threads; Jetty's own threads (acceptor, selector) come on top. */
  static Server server(int workers) {
    QueuedThreadPool pool = new QueuedThreadPool(workers + 8, Math.min(8, workers + 8));
    pool.setName("libnet-hub");
    pool.setDaemon(true);
    Server jetty = new Server(pool);
    jetty.setErrorHandler(new HubErrorHandler());
    return jetty;
  }

  /** The connector, with the limits the hub holds to; added to {@code jetty}, not yet bound. */
  static ServerConnector connector(Server jetty, InetAddress bind, int port, int headerBytes, Duration idleTimeout,
      long minBodyRate, int connectionsPerAddress) {
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(headerBytes);
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    // Jetty's header cache would otherwise hand the filter a common value (Content-Type) in its own case,
    // not the one the client signed.
    http.setHeaderCacheCaseSensitive(true);
    // An encoded slash in an id (a%2Fb) reaches the API, which answers it (404) signed, rather than being
    // refused by Jetty unsigned; the API matches paths segment by segment, so it can never climb out.
    http.setUriCompliance(UriCompliance.DEFAULT.with("libnet-hub", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
    // A body trickled in below this rate ends the request: a slow sender cannot hold a worker for long.
    http.setMinRequestDataRate(minBodyRate);
    ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(bind.getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(idleTimeout.toMillis());
    connector.setAcceptQueueSize(256);
    connector.addBean(new HubConnectionLimit(connectionsPerAddress));
    jetty.addConnector(connector);
    return connector;
  }

  /**
   * The chain every request goes through: intake, signatures (the API and its keys), faults ({@code /v1}),
   * the API; and OAI-PMH at {@code /oai} and SRU at {@code /sru}, open and unsigned as harvesters and SRU
   * clients expect (DESIGN.md).
   */
  static ServletContextHandler context(Filter intake, Filter signatures, Filter faults, HttpServlet api, HttpServlet oai, HttpServlet sru) {
    ServletContextHandler context = new ServletContextHandler("/");
    context.getServletHandler().setDecodeAmbiguousURIs(true);
    context.setErrorHandler(new HubErrorHandler());
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(intake), "/*", requests);
    FilterHolder signing = new FilterHolder(signatures);
    context.addFilter(signing, "/v1/*", requests);
    context.getServletHandler().addFilterWithMapping(signing, "/.well-known/*", requests);
    context.addFilter(new FilterHolder(faults), "/v1/*", requests);
    context.addServlet(new ServletHolder(api), "/*");
    context.addServlet(new ServletHolder(oai), "/oai");
    context.addServlet(new ServletHolder(sru), "/sru");
    return context;
  }
}
