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

  /** Starts this class in a child JVM on {@code data}, trusting the Ed25519 key of {@code keyId} in the PEM file {@code pub}. */
  static Process launch(Path data, String keyId, Path pub) throws java.io.IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HubProcess.class.getName(), data.toString(), keyId, pub.toString())
        .redirectErrorStream(true).start();
  }

  /** The port the child hub listens on, read from its {@code READY} line; -1 when it ended without one. */
  static int awaitReady(Process child) throws java.io.IOException {
    java.io.BufferedReader out = new java.io.BufferedReader(
        new java.io.InputStreamReader(child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("READY ")) {
        return Integer.parseInt(line.substring(6).trim());
      }
    }
    return -1;
  }
}
