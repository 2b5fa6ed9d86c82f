package io.github.xconnector.auth;

import java.nio.file.Path;
import java.util.List;

/**
 * Counts in a token file: each step reads the number in the access token and writes the next one. Run as a separate
 * process by {@link FileTokenStoreTest} so two processes update one file; a lost update would show as a lower count.
 */
final class TokenFileCounter {

  private TokenFileCounter() {
  }

  static void count(FileTokenStore store, int steps) {
    for (int i = 0; i < steps; i++) {
      store.update(stored -> {
        int count = stored.map(tokens -> Integer.parseInt(tokens.accessToken().substring("count-".length())))
            .orElse(0);
        return OAuth2Tokens.of("count-" + (count + 1), "refresh-" + (count + 1), null, List.of("tweet.read"));
      });
    }
  }

  /**
   * Counts {@code args[1]} steps in the file {@code args[0]}.
   *
   * @param args the token file and the number of steps
   */
  public static void main(String[] args) {
    count(new FileTokenStore(Path.of(args[0])), Integer.parseInt(args[1]));
  }
}
