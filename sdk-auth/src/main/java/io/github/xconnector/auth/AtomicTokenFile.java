package io.github.xconnector.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Replaces the content of one file so that a crash or a power loss leaves either the old content or the new one,
 * never a mix, and cleans up after crashed writes. Used by {@link FileTokenStore}, which holds its lock around every
 * call.
 *
 * <p>A write goes to a temporary file in the same directory, named {@code <file name>.<digits>.tmp} and created
 * owner-only where the file system has POSIX permissions; it is forced to disk, renamed over the file in one atomic
 * step, and then the directory is forced to disk too, so the rename itself survives a power loss. Operating systems
 * that cannot open a directory (Windows) skip that last step; the rename is still atomic there.
 *
 * <p>Not thread-safe on its own: callers serialize access (the store's lock).
 */
final class AtomicTokenFile {

  /** Moves the complete temporary file over the target; replaced in tests to simulate a crash. */
  interface Mover {
    void move(Path temporary, Path target) throws IOException;
  }

  /** Forces a directory's entries to disk; replaced in tests to watch the order of steps. */
  interface DirectorySync {
    void sync(Path directory) throws IOException;
  }

  private static final SecureRandom NAMES = new SecureRandom();

  private final Path file;
  private final Pattern temporaryName;
  private final Mover mover;
  private final DirectorySync directorySync;

  AtomicTokenFile(Path file, Mover mover, DirectorySync directorySync) {
    this.file = file;
    this.temporaryName = Pattern.compile(Pattern.quote(file.getFileName().toString() + ".") + "[0-9]{1,20}\\.tmp");
    this.mover = mover;
    this.directorySync = directorySync;
  }

  /** The rename a real save uses: atomic, replacing the target. */
  static void atomicMove(Path temporary, Path target) throws IOException {
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Forces a directory's entries to disk, where the operating system lets a directory be opened. Windows refuses to
   * open one; the failure is ignored there and anywhere else, because the rename has already put the new file in
   * place and only its durability across a power loss is at stake.
   */
  static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported for directories on this platform or file system.
    }
  }

  /**
   * Writes {@code bytes} as the new content of the file.
   *
   * @throws IOException when the temporary file cannot be written or renamed; the old content is then in place and
   *     the temporary file is removed
   */
  void write(byte[] bytes) throws IOException {
    Path directory = file.getParent();
    removeStaleTemporaryFiles();
    Path temporary = createTemporary(directory);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        // On disk before the rename, so a crash cannot leave a renamed but empty file.
        channel.force(true);
      }
      mover.move(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
    try {
      directorySync.sync(directory);
    } catch (IOException e) {
      // See syncDirectory: the new content is in place; only its durability across a power loss is not assured.
    }
  }

  /**
   * Removes the temporary files that crashed writes of this file left behind: only names of the form
   * {@code <file name>.<digits>.tmp}. The caller holds the lock that every writer holds while its temporary file
   * exists, so none of them belongs to a write in progress. Files that cannot be removed are left; they are never
   * read.
   */
  void removeStaleTemporaryFiles() {
    Path directory = file.getParent();
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
        entry -> temporaryName.matcher(entry.getFileName().toString()).matches())) {
      for (Path stale : entries) {
        try {
          Files.deleteIfExists(stale);
        } catch (IOException e) {
          // Left for a later attempt; it is never read.
        }
      }
    } catch (IOException e) {
      // The directory cannot be listed: nothing to clean now.
    }
  }

  private Path createTemporary(Path directory) throws IOException {
    FileAttribute<?>[] ownerOnly = ownerOnly(directory, "rw-------");
    while (true) {
      Path temporary = directory.resolve(file.getFileName() + "." + Long.toUnsignedString(NAMES.nextLong())
          + ".tmp");
      try {
        return Files.createFile(temporary, ownerOnly);
      } catch (FileAlreadyExistsException taken) {
        // Another name is drawn.
      }
    }
  }

  /** Owner-only permissions for a new file or directory under {@code directory}, where the file system has them. */
  static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      if (existing != null && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class)) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
            permissions))};
      }
    } catch (IOException e) {
      // Unknown file store: create the file with the platform's defaults.
    }
    return new FileAttribute<?>[0];
  }
}
