package vn.libnet.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/** Files for secrets (private keys): created readable and writable by their owner only, from the first byte. */
final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  /**
   * Creates {@code file} with {@code text} (UTF-8). On a POSIX file system its mode is 600 at creation, so
   * no other user can open it even for an instant; elsewhere (Windows) the folder's ACL applies.
   *
   * @throws java.nio.file.FileAlreadyExistsException when it exists (a secret is never overwritten)
   */
  static void create(Path file, String text) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        && file.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attrs = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    try (SeekableByteChannel ch = Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs)) {
      ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        ch.write(b);
      }
    }
  }
}
