package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.model.OutcomeStatus;

/**
 * Slow and greedy clients, from other loopback addresses (127.0.0.2 and up) than the honest client's: the
 * honest client is still served while they hold their connections, each of its calls within a generous 5 s.
 */
class HubSlowClientTest {
  private final List<Socket> sockets = new ArrayList<>();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final ExecutorService slow = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "slow-client");
    t.setDaemon(true);
    return t;
  });
  private LibnetTestHub hub;

  @AfterEach
  void end() throws Exception {
    stop.set(true);
    slow.shutdownNow();
    slow.awaitTermination(5, TimeUnit.SECONDS);
    for (Socket s : sockets) {
      s.close();
    }
    if (hub != null) {
      hub.close();
    }
  }

  private synchronized Socket connectFrom(String localAddress) throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
    s.connect(new InetSocketAddress("127.0.0.1", hub.port()), 2000);
    sockets.add(s);
    return s;
  }

  /** Writes {@code bytes} one at a time, {@code pauseMillis} apart, until done or stopped. */
  private void trickle(Socket s, byte[] bytes, long pauseMillis) {
    slow.submit(() -> {
      try {
        OutputStream o = s.getOutputStream();
        for (int i = 0; i < bytes.length && !stop.get(); i++) {
          o.write(bytes[i]);
          o.flush();
          Thread.sleep(pauseMillis);
        }
      } catch (IOException | InterruptedException closed) {
        // the hub closed it, or the test is over
      }
      return null;
    });
  }

  @Test
  void fortySlowClientsOnOtherAddressesDoNotKeepTheHonestClientWaiting() throws Exception {
    hub = LibnetTestHub.builder().threads(8).idleTimeout(Duration.ofSeconds(3)).start();
    String host = "127.0.0.1:" + hub.port();
    for (int i = 0; i < 40; i++) {
      Socket s = connectFrom("127.0.0." + (2 + i));
      if (i % 2 == 0) {
        // A head that never ends.
        trickle(s, ("POST /v1/catalog/records HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: " + "s".repeat(200)).getBytes(StandardCharsets.US_ASCII), 500);
      } else {
        // A complete head, then a body that comes a byte at a time.
        OutputStream o = s.getOutputStream();
        o.write(("POST /v1/catalog/records HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        o.flush();
        trickle(s, "{".repeat(100_000).getBytes(StandardCharsets.US_ASCII), 500);
      }
    }
    Thread.sleep(1000);
    try (LibnetClient honest = hub.clientFor("VN-HaNoi-TVHN").build()) {
      for (int round = 0; round < 3; round++) {
        int r = round;
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
          assertThat(honest.contributeRecords(RecordBatch.of(HubFixtures.records(40 + r, 1, "VN-HaNoi-TVHN"))).outcomes())
              .singleElement().satisfies(o -> assertThat(o.status()).isNotEqualTo(OutcomeStatus.REJECTED));
          assertThat(honest.listLibraries(vn.libnet.client.model.LibraryFilter.ANY).count()).isGreaterThanOrEqualTo(0);
        });
        Thread.sleep(1000);
      }
    }
  }

  @Test
  void oneAddressGetsNoMoreConnectionsThanItsCapAndOthersStillConnect() throws Exception {
    hub = LibnetTestHub.builder().connectionsPerAddress(4).idleTimeout(Duration.ofSeconds(5)).start();
    List<Socket> greedy = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      greedy.add(connectFrom("127.0.0.60"));
    }
    int open = 0;
    int closed = 0;
    for (Socket s : greedy) {
      s.setSoTimeout(700);
      InputStream in = s.getInputStream();
      try {
        if (in.read() == -1) {
          closed++;
        }
      } catch (SocketTimeoutException stillOpen) {
        open++;
      } catch (IOException reset) {
        closed++;
      }
    }
    assertThat(open).isEqualTo(4);
    assertThat(closed).isEqualTo(6);
    Socket other = connectFrom("127.0.0.61");
    other.getOutputStream().write(("GET /v1/libraries HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port() + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    other.setSoTimeout(5000);
    assertThat(new String(other.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
  }
}
