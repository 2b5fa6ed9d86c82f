package io.github.xconnector.auth;

import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Keeps tokens in a JSON file that only its owner can read, safe against crashes and against several processes.
 *
 * <p>Each save writes a temporary file in the same directory and renames it over the token file in one atomic step,
 * so the file always holds a complete pair: a crash leaves the previous pair (and a stray temporary file, which is
 * ignored). On file systems with POSIX permissions the file is created readable and writable by its owner only
 * ({@code rw-------}). Reads and writes, and each whole {@link #update(Function)}, hold an exclusive lock on a
 * sibling {@code .lock} file, so processes sharing the file take turns, and one that waited sees the tokens the other
 * saved instead of refreshing with a refresh token X has already replaced.
 *
 * <p>Thread-safe.
 */
public final class FileTokenStore implements TokenStore {

  /** One lock per lock file in this JVM: file locks are held per process, so threads must also take turns. */
  private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  /** Moves the complete temporary file over the token file; replaced in tests to simulate a crash. */
  interface Mover {
    void move(Path temporary, Path target) throws IOException;
  }

  private final Path file;
  private final Path lockFile;
  private final Mover mover;

  /**
   * Creates a store for {@code file}; the file and its directory are created on the first save.
   *
   * @param file the token file, for example {@code ~/.config/my-app/x-tokens.json}
   */
  public FileTokenStore(Path file) {
    this(file, (temporary, target) -> Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING));
  }

  FileTokenStore(Path file, Mover mover) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.mover = mover;
  }

  /**
   * Returns the token file.
   *
   * @return the absolute path
   */
  public Path file() {
    return file;
  }

  /**
   * {@inheritDoc}
   *
   * @throws XAuthenticationException when the file exists but does not hold tokens (delete it and authorize again)
   * @throws XIoException when the file cannot be read
   */
  @Override
  public Optional<OAuth2Tokens> load() {
    return locked(this::read);
  }

  /**
   * {@inheritDoc}
   *
   * @throws XIoException when the file cannot be written; the previous tokens are then still in place
   */
  @Override
  public void save(OAuth2Tokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    locked(() -> write(tokens));
  }

  /**
   * {@inheritDoc}
   *
   * @throws XIoException when the file cannot be deleted
   */
  @Override
  public void clear() {
    locked(() -> {
      Files.deleteIfExists(file);
      return null;
    });
  }

  /** Reads, updates and writes while holding the lock, so no other thread or process can interleave. */
  @Override
  public OAuth2Tokens update(Function<Optional<OAuth2Tokens>, OAuth2Tokens> updater) {
    return locked(() -> {
      Optional<OAuth2Tokens> stored = read();
      OAuth2Tokens result = Objects.requireNonNull(updater.apply(stored), "updated tokens");
      if (!stored.equals(Optional.of(result))) {
        write(result);
      }
      return result;
    });
  }

  private Optional<OAuth2Tokens> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(TokenJson.read(text));
    } catch (IllegalArgumentException e) {
      throw new XAuthenticationException("The token file " + file + " does not hold tokens (" + e.getMessage()
          + "). Delete it and authorize the app again.", true);
    }
  }

  private OAuth2Tokens write(OAuth2Tokens tokens) throws IOException {
    Path directory = file.getParent();
    // The name starts like the token file's so a stray one is easy to recognise; load never reads it.
    Path temporary = Files.createTempFile(directory, file.getFileName() + ".", ".tmp",
        ownerOnly(directory, "rw-------"));
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(TokenJson.write(tokens).getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        // On disk before the rename, so a crash cannot leave a renamed but empty file.
        channel.force(true);
      }
      mover.move(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return tokens;
  }

  private interface LockedAction<T> {
    T run() throws IOException;
  }

  private <T> T locked(LockedAction<T> action) {
    ReentrantLock threads = LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
    threads.lock();
    try {
      if (threads.getHoldCount() > 1) {
        // This thread already holds the file lock; taking it again would throw OverlappingFileLockException.
        return action.run();
      }
      Path directory = lockFile.getParent();
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
      }
      try (FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
          ownerOnly(directory, "rw-------"))) {
        FileLock processes = channel.lock();
        try {
          return action.run();
        } finally {
          processes.release();
        }
      }
    } catch (IOException e) {
      throw new XIoException("Could not use the token file " + file + " (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "): check that its directory exists and is writable by this user", false, e);
    } finally {
      threads.unlock();
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
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

  /** Names the file; the tokens are never shown. */
  @Override
  public String toString() {
    return "FileTokenStore[" + file + "]";
  }
}
