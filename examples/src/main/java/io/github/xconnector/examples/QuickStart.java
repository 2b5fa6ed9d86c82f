package io.github.xconnector.examples;

import io.github.xconnector.XClient;

/**
 * The README's quick start: connect with the settings in the environment, say who is signed in, and post.
 *
 * <p>It needs OAuth settings and a token file that holds tokens: run {@link LogInWithOAuth} once with the same
 * settings to log in. Run it with {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=QuickStart}.
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Runs the quick start.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // X_CONNECTION_NAME, X_AUTHENTICATION, X_CLIENT_ID, X_TOKEN_FILE, ...: tokens are refreshed and saved
    try (XClient x = XClient.fromEnv()) {
      System.out.println("Signed in as @" + x.users().me().getData().getUsername());
      String postId = x.posts().create("Hello from X Connector for Java!").getData().getId();
      System.out.println("Posted https://x.com/i/web/status/" + postId);
    }
  }
}
