package io.github.xconnector.auth;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Saves a token pair and stops for good between writing the temporary file and the rename, after printing
 * {@link #READY}. Run as a separate process by {@link FileTokenStoreTest}, which then kills it, as a crash would.
 */
final class StalledTokenWriter {

  static final String READY = "temporary file written";

  private StalledTokenWriter() {
  }

  /**
   * Saves into the token file {@code args[0]} and never returns.
   *
   * @param args the token file
   */
  public static void main(String[] args) {
    FileTokenStore store = new FileTokenStore(Path.of(args[0]), (temporary, target) -> {
      System.out.println(READY);
      System.out.flush();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    store.save(OAuth2Tokens.of("access-unsaved", "refresh-unsaved", Instant.parse("2026-01-01T16:00:00Z"),
        List.of("tweet.read")));
  }
}
