package vn.libnet.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * A hub in a process of its own, for the crash test: {@code HubProcess DIR KEY_ID PUBLIC_KEY_PEM} starts a
 * hub on DIR trusting that key, prints {@code READY <port>} and runs until it is killed.
 */
public final class HubProcess {
  private HubProcess() {}

  public static void main(String[] args) throws Exception {
    VerificationKey trusted = new VerificationKey(args[1], SignatureAlgorithm.ED25519,
        Keys.publicKeyFromPem(Files.readString(Path.of(args[2]))));
    LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(Path.of(args[0])).trust(trusted).start();
    System.out.println("READY " + hub.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
