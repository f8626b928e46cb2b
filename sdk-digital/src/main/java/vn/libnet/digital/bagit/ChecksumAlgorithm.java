package vn.libnet.digital.bagit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The checksum algorithms of BagIt manifests, named as in their file names ({@code manifest-sha512.txt},
 * RFC 8493 §2.1.3). SHA-256 and SHA-512 are made by default; MD5, SHA-1, SHA-224 and SHA-384 are read.
 */
public enum ChecksumAlgorithm {
  /** MD5: read, never recommended (RFC 8493 §2.4). */
  MD5("md5", "MD5", 32),
  /** SHA-1: read, never recommended. */
  SHA1("sha1", "SHA-1", 40),
  /** SHA-224: read, as bagit-python writes it on request. */
  SHA224("sha224", "SHA-224", 56),
  /** SHA-256. */
  SHA256("sha256", "SHA-256", 64),
  /** SHA-384: read. */
  SHA384("sha384", "SHA-384", 96),
  /** SHA-512, the RFC's recommendation. */
  SHA512("sha512", "SHA-512", 128);

  private final String bagitName;
  private final String jdkName;
  private final int hexLength;

  ChecksumAlgorithm(String bagitName, String jdkName, int hexLength) {
    this.bagitName = bagitName;
    this.jdkName = jdkName;
    this.hexLength = hexLength;
  }

  /** The name in manifest file names, such as {@code sha512}. */
  public String bagitName() {
    return bagitName;
  }

  /** Whether it is strong enough to prove integrity (the SHA-2 family). */
  public boolean strong() {
    return this != MD5 && this != SHA1;
  }

  int hexLength() {
    return hexLength;
  }

  /** The algorithm of a manifest name such as {@code sha256} (case-insensitive), if the SDK knows it. */
  public static Optional<ChecksumAlgorithm> ofBagitName(String name) {
    for (ChecksumAlgorithm a : values()) {
      if (a.bagitName.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(jdkName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no " + jdkName, e);
    }
  }
}
