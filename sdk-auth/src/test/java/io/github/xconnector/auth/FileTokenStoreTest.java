package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileTokenStoreTest {

  private static final OAuth2Tokens FIRST = OAuth2Tokens.of("access-1", "refresh-1",
      Instant.parse("2026-01-01T12:00:00Z"), List.of("tweet.read", "offline.access"));
  private static final OAuth2Tokens SECOND = OAuth2Tokens.of("access-2", "refresh-2",
      Instant.parse("2026-01-01T14:00:00Z"), List.of("tweet.read", "offline.access"));

  @TempDir
  Path directory;

  private Path tokenFile() {
    return directory.resolve("x-tokens.json");
  }

  private List<String> filesInDirectory() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void load_nothingSaved_isEmpty() {
    assertThat(new FileTokenStore(tokenFile()).load()).isEmpty();
  }

  @Test
  void save_thenLoad_returnsTheSameTokensAsJson() throws IOException {
    FileTokenStore store = new FileTokenStore(tokenFile());

    store.save(FIRST);

    assertThat(new FileTokenStore(tokenFile()).load()).contains(FIRST);
    assertThat(Files.readString(tokenFile())).contains("\"access_token\":\"access-1\"", "\"expires_at\"");
  }

  @Test
  void save_always_leavesNoTemporaryFile() throws IOException {
    FileTokenStore store = new FileTokenStore(tokenFile());

    store.save(FIRST);
    store.save(SECOND);

    assertThat(filesInDirectory()).containsExactly("x-tokens.json", "x-tokens.json.lock");
  }

  @Test
  void save_posixFileSystem_fileIsReadableByOwnerOnly() throws IOException {
    assumeTrue(Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class));
    FileTokenStore store = new FileTokenStore(directory.resolve("new-dir").resolve("x-tokens.json"));

    store.save(FIRST);
    store.save(SECOND);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void load_crashBetweenWriteAndRename_returnsLastCompletePair() throws IOException {
    FileTokenStore store = new FileTokenStore(tokenFile());
    store.save(FIRST);
    // What a crash leaves: a half-written temporary file next to the token file.
    Files.writeString(directory.resolve("x-tokens.json.8231447.tmp"), "{\"access_token\":\"access-2\",\"refr",
        StandardCharsets.UTF_8);

    assertThat(new FileTokenStore(tokenFile()).load()).contains(FIRST);
  }

  @Test
  void save_renameFails_keepsPreviousPairAndRemovesTemporaryFile() throws IOException {
    new FileTokenStore(tokenFile()).save(FIRST);
    FileTokenStore failing = new FileTokenStore(tokenFile(), (temporary, target) -> {
      throw new IOException("simulated failure before the rename");
    });

    assertThatThrownBy(() -> failing.save(SECOND)).isInstanceOf(XIoException.class)
        .hasMessageContaining(tokenFile().getFileName().toString()).hasMessageNotContaining("access-2");

    assertThat(new FileTokenStore(tokenFile()).load()).contains(FIRST);
    assertThat(filesInDirectory()).containsExactly("x-tokens.json", "x-tokens.json.lock");
  }

  @Test
  void load_corruptTokenFile_asksToAuthorizeAgainWithoutQuotingIt() throws IOException {
    // Unquoted, so the JSON parser's own message would quote it.
    Files.writeString(tokenFile(), "{\"access_token\":secret-access-7Hq}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new FileTokenStore(tokenFile()).load())
        .isInstanceOfSatisfying(XAuthenticationException.class, e -> {
          assertThat(e.reauthorizationRequired()).isTrue();
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          assertThat(trace.toString()).doesNotContain("secret-access");
        })
        .hasMessageContaining("Delete it and authorize the app again")
        .hasMessageNotContaining("secret-access");
  }

  static Stream<Arguments> filesThatAreNotTokenFiles() {
    byte[] large = new byte[70 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    large[0] = '{';
    return Stream.of(
        Arguments.of("bytes that are not UTF-8", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE,
            (byte) 0xC3, '(', 's', 'e', 'c', 'r', 'e', 't'}),
        Arguments.of("UTF-8 control bytes, not JSON", new byte[] {0, 1, 2, 's', 'e', 'c', 'r', 'e', 't', 3, 0}),
        Arguments.of("an empty file", new byte[0]),
        Arguments.of("a JSON array", "[\"secret\"]".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("JSON without an access token", "{\"refresh_token\":\"secret\"}".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("a file far larger than a token pair", large));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filesThatAreNotTokenFiles")
  void load_fileThatIsNotATokenFile_asksToAuthorizeAgainNamingTheFileWithoutQuotingIt(String what, byte[] content)
      throws IOException {
    Files.write(tokenFile(), content);

    assertThatThrownBy(() -> new FileTokenStore(tokenFile()).load())
        .isInstanceOfSatisfying(XAuthenticationException.class, e -> {
          assertThat(e.reauthorizationRequired()).isTrue();
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          assertThat(trace.toString()).doesNotContain("secret", "PNG");
        })
        .hasMessageContaining(tokenFile().toString())
        .hasMessageContaining("is not a token file")
        .hasMessageContaining("Delete it and authorize the app again");
  }

  @Test
  void open_staleTemporaryFilesOfThisStore_areRemovedAndOtherFilesKept() throws IOException {
    new FileTokenStore(tokenFile()).save(FIRST);
    // What crashed saves leave, and files that merely look alike.
    for (String name : List.of("x-tokens.json.8231447.tmp", "x-tokens.json.17.tmp", "other.json.8231447.tmp",
        "x-tokens.json.backup.tmp", "x-tokens.json.tmp", "x-tokens.json.5.8231447.tmp")) {
      Files.writeString(directory.resolve(name), "{\"access_token\":\"access-2\",\"refr", StandardCharsets.UTF_8);
    }

    assertThat(new FileTokenStore(tokenFile()).load()).contains(FIRST);

    assertThat(filesInDirectory()).containsExactly("other.json.8231447.tmp", "x-tokens.json",
        "x-tokens.json.5.8231447.tmp", "x-tokens.json.backup.tmp", "x-tokens.json.lock", "x-tokens.json.tmp");
  }

  @Test
  void save_staleTemporaryFileLeftSinceTheStoreOpened_isRemoved() throws IOException {
    FileTokenStore store = new FileTokenStore(tokenFile());
    store.save(FIRST);
    Files.writeString(directory.resolve("x-tokens.json.99.tmp"), "{\"access_token\":\"access-", StandardCharsets.UTF_8);

    store.save(SECOND);

    assertThat(filesInDirectory()).containsExactly("x-tokens.json", "x-tokens.json.lock");
    assertThat(store.load()).contains(SECOND);
  }

  @Test
  void save_processKilledBetweenWriteAndRename_nextStoreKeepsTheOldPairAndRemovesTheTemporaryFile()
      throws Exception {
    new FileTokenStore(tokenFile()).save(FIRST);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        StalledTokenWriter.class.getName(), tokenFile().toString()).redirectErrorStream(true).start();
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8));
      assertThat(output.readLine()).isEqualTo(StalledTokenWriter.READY);
      assertThat(filesInDirectory()).anySatisfy(name -> assertThat(name).matches("x-tokens\\.json\\.\\d+\\.tmp"));
    } finally {
      child.destroyForcibly(); // SIGKILL where there are signals: no finally block of the child runs
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(filesInDirectory()).anySatisfy(name -> assertThat(name).matches("x-tokens\\.json\\.\\d+\\.tmp"));

    assertThat(new FileTokenStore(tokenFile()).load()).contains(FIRST);
    assertThat(filesInDirectory()).containsExactly("x-tokens.json", "x-tokens.json.lock");
  }

  @Test
  void save_posixFileSystem_temporaryFileIsReadableByOwnerOnly() throws IOException {
    assumeTrue(Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class));
    List<String> seen = new ArrayList<>();
    FileTokenStore store = new FileTokenStore(tokenFile(), (temporary, target) -> {
      seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(temporary)));
      AtomicTokenFile.atomicMove(temporary, target);
    });

    store.save(FIRST);

    assertThat(seen).containsExactly("rw-------");
  }

  @Test
  void save_always_syncsTheDirectoryAfterTheRename() {
    List<String> steps = Collections.synchronizedList(new ArrayList<>());
    FileTokenStore store = new FileTokenStore(tokenFile(), (temporary, target) -> {
      AtomicTokenFile.atomicMove(temporary, target);
      steps.add("renamed to " + target.getFileName());
    }, synced -> steps.add("synced " + synced));

    store.save(FIRST);

    assertThat(steps).containsExactly("renamed to x-tokens.json", "synced " + store.file().getParent());
  }

  @Test
  void save_directoryCannotBeSynced_stillSaves() {
    FileTokenStore store = new FileTokenStore(tokenFile(), AtomicTokenFile::atomicMove, synced -> {
      throw new IOException("simulated: this platform cannot open a directory");
    });

    store.save(FIRST);

    assertThat(new FileTokenStore(tokenFile()).load()).contains(FIRST);
  }

  @Test
  void clear_savedTokens_removesThem() {
    FileTokenStore store = new FileTokenStore(tokenFile());
    store.save(FIRST);

    store.clear();

    assertThat(store.load()).isEmpty();
  }

  @Test
  void update_twoStoresOnOneFileFromManyThreads_loseNoUpdateAndNeverCorrupt() throws Exception {
    FileTokenStore one = new FileTokenStore(tokenFile());
    FileTokenStore other = new FileTokenStore(directory.resolve(".").resolve("x-tokens.json"));
    one.save(OAuth2Tokens.of("count-0", "refresh-0", null, List.of()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        FileTokenStore store = i % 2 == 0 ? one : other;
        work.add(pool.submit(() -> TokenFileCounter.count(store, 25)));
        work.add(pool.submit(() -> {
          for (int read = 0; read < 25; read++) {
            assertThat(other.load()).hasValueSatisfying(tokens ->
                assertThat(tokens.accessToken()).startsWith("count-"));
          }
        }));
      }
      for (Future<?> future : work) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(one.load().orElseThrow().accessToken()).isEqualTo("count-200");
  }

  @Test
  void update_twoProcessesOnOneFile_loseNoUpdate() throws Exception {
    FileTokenStore store = new FileTokenStore(tokenFile());
    store.save(OAuth2Tokens.of("count-0", "refresh-0", null, List.of()));
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        TokenFileCounter.class.getName(), tokenFile().toString(), "60")
        .redirectErrorStream(true).start();

    TokenFileCounter.count(store, 60);

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the other process finished").isTrue();
    assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    assertThat(store.load().orElseThrow().accessToken()).isEqualTo("count-120");
  }

  @Test
  void toString_savedTokens_namesFileOnly() {
    FileTokenStore store = new FileTokenStore(tokenFile());
    store.save(FIRST);

    assertThat(store.toString()).contains("x-tokens.json").doesNotContain("access-1", "refresh-1");
  }
}
