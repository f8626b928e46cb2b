package vn.libnet.server.it;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The filter in embedded Jetty 12 (ee10), registered with a FilterHolder. */
class JettyFilterTest extends FilterThroughClientContract {
  private Server server;

  @Override
  URI start() throws Exception {
    server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    // As the filter's documentation asks: header values as the client signed them.
    http.setHeaderCacheCaseSensitive(true);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new VendorEndpoint()), "/*");
    context.addFilter(new FilterHolder(filter), "/v1/*", EnumSet.of(DispatcherType.REQUEST));
    server.setHandler(context);
    server.start();
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  @Override
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }
}
