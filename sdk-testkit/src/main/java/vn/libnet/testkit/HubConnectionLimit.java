package vn.libnet.testkit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cap on the connections one remote address holds open at once: a connection over it is closed as soon as
 * it opens, before a byte of it is read, so that one host's many slow connections cannot take every
 * connection the server would give to others. Jetty's own idle timeout ends connections that stall.
 */
final class HubConnectionLimit implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(HubConnectionLimit.class);
  private final int perAddress;
  private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();

  HubConnectionLimit(int perAddress) {
    this.perAddress = perAddress;
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress a = address(connection);
    if (a == null) {
      return;
    }
    int n = open.computeIfAbsent(a, k -> new AtomicInteger()).incrementAndGet();
    if (n > perAddress) {
      LOG.debug("Connection from {} over the cap of {} closed", a, perAddress);
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    InetAddress a = address(connection);
    if (a == null) {
      return;
    }
    open.computeIfPresent(a, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
  }

  private static InetAddress address(Connection connection) {
    SocketAddress s = connection.getEndPoint().getRemoteSocketAddress();
    return s instanceof InetSocketAddress i ? i.getAddress() : null;
  }
}
