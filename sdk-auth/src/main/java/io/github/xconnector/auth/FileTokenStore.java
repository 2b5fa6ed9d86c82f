package io.github.xconnector.auth;

import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Keeps tokens in a JSON file that only its owner can read, safe against crashes, power loss and several processes.
 *
 * <p>Each save writes a temporary file in the same directory and renames it over the token file in one atomic step,
 * then forces the directory to disk, so the file always holds a complete pair and a power loss cannot bring back the
 * previous one after the save returned (operating systems that cannot open a directory for that, such as Windows,
 * skip this last step). A crash between the write and the rename leaves the previous pair and a temporary file named
 * {@code <token file name>.<digits>.tmp}; the store removes such files of its own the first time it uses the file and
 * on every save, and never reads them. On file systems with POSIX permissions the token file and the temporary files
 * are created readable and writable by their owner only ({@code rw-------}). Reads and writes, and each whole
 * {@link #update(Function)}, hold an exclusive lock on a sibling {@code .lock} file, so processes sharing the file
 * take turns, and one that waited sees the tokens the other saved instead of refreshing with a refresh token X has
 * already replaced.
 *
 * <p>A file at the token path that does not hold tokens (binary content, text that is not a token pair, a file far
 * larger than one) makes {@link #load()} throw an {@link XAuthenticationException} with
 * {@code reauthorizationRequired()} {@code true} that names the file and never quotes it. {@link #update(Function)}
 * treats such a file as holding no tokens, so a provider that still holds a valid pair in memory refreshes with it
 * and writes the new pair over the damaged file.
 *
 * <p>Thread-safe.
 */
public final class FileTokenStore implements TokenStore {

  /** One lock per lock file in this JVM: file locks are held per process, so threads must also take turns. */
  private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  /** A token pair is a few hundred bytes; a larger file is not one, and is not read into memory whole. */
  private static final int MAX_FILE_BYTES = 64 * 1024;

  private final Path file;
  private final Path lockFile;
  private final AtomicTokenFile writer;
  private volatile boolean opened;

  /**
   * Creates a store for {@code file}; the file and its directory are created on the first save.
   *
   * @param file the token file, for example {@code ~/.config/my-app/x-tokens.json}
   */
  public FileTokenStore(Path file) {
    this(file, AtomicTokenFile::atomicMove);
  }

  FileTokenStore(Path file, AtomicTokenFile.Mover mover) {
    this(file, mover, AtomicTokenFile::syncDirectory);
  }

  FileTokenStore(Path file, AtomicTokenFile.Mover mover, AtomicTokenFile.DirectorySync directorySync) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.writer = new AtomicTokenFile(this.file, mover, directorySync);
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
   * @throws XAuthenticationException when the file exists but is not a token file, for example binary or damaged
   *     content ({@code reauthorizationRequired()} is {@code true}: delete it and authorize again)
   * @throws XIoException when the file cannot be read
   */
  @Override
  public Optional<OAuth2Tokens> load() {
    return locked(() -> {
      StoredFile stored = read();
      if (stored.damage != null) {
        throw new XAuthenticationException("The token file " + file + " is not a token file (" + stored.damage
            + "). Delete it and authorize the app again.", true);
      }
      return stored.tokens;
    });
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

  /**
   * Reads, updates and writes while holding the lock, so no other thread or process can interleave. A file that is
   * not a token file counts as holding no tokens here: the updater's result replaces it.
   */
  @Override
  public OAuth2Tokens update(Function<Optional<OAuth2Tokens>, OAuth2Tokens> updater) {
    return locked(() -> {
      Optional<OAuth2Tokens> stored = read().tokens;
      OAuth2Tokens result = Objects.requireNonNull(updater.apply(stored), "updated tokens");
      if (!stored.equals(Optional.of(result))) {
        write(result);
      }
      return result;
    });
  }

  /** What the token path holds: tokens, nothing, or a file that is not a token file and why (never its content). */
  private static final class StoredFile {
    final Optional<OAuth2Tokens> tokens;
    final String damage;

    StoredFile(Optional<OAuth2Tokens> tokens, String damage) {
      this.tokens = tokens;
      this.damage = damage;
    }
  }

  private StoredFile read() throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (NoSuchFileException e) {
      return new StoredFile(Optional.empty(), null);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return new StoredFile(Optional.empty(), "it is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new StoredFile(Optional.empty(), "its bytes are not UTF-8 text");
    }
    try {
      return new StoredFile(Optional.of(TokenJson.read(text)), null);
    } catch (IllegalArgumentException e) {
      return new StoredFile(Optional.empty(), e.getMessage());
    }
  }

  private OAuth2Tokens write(OAuth2Tokens tokens) throws IOException {
    writer.write(TokenJson.write(tokens).getBytes(StandardCharsets.UTF_8));
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
        Files.createDirectories(directory, AtomicTokenFile.ownerOnly(directory, "rwx------"));
      }
      try (FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
          AtomicTokenFile.ownerOnly(directory, "rw-------"))) {
        FileLock processes = channel.lock();
        try {
          if (!opened) {
            // Crashed saves of earlier runs; saves remove those of this run.
            writer.removeStaleTemporaryFiles();
            opened = true;
          }
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

  /** Names the file; the tokens are never shown. */
  @Override
  public String toString() {
    return "FileTokenStore[" + file + "]";
  }
}
