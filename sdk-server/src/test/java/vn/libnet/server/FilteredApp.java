package vn.libnet.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.InetAddress;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A servlet behind the filter in embedded Jetty 12 (ee10), on the loopback address and a free port. */
final class FilteredApp implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector;

  FilteredApp() throws Exception {
    // As the filter's documentation asks of Jetty: header values exactly as the client sent (and signed) them.
    org.eclipse.jetty.server.HttpConfiguration http = new org.eclipse.jetty.server.HttpConfiguration();
    http.setHeaderCacheCaseSensitive(true);
    connector = new ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(http));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(0);
    server.addConnector(connector);
    // Bound before the filter is built: the filter's public URL carries the port.
    connector.open();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  int port() {
    return connector.getLocalPort();
  }

  FilteredApp start(Filter filter, HttpServlet servlet) throws Exception {
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(servlet), "/*");
    context.addFilter(new FilterHolder(filter), "/v1/*", EnumSet.of(DispatcherType.REQUEST));
    server.setHandler(context);
    server.start();
    return this;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
