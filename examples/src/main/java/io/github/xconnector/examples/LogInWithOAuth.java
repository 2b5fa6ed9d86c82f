package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.AuthorizationCodeFlow;
import io.github.xconnector.auth.FileTokenStore;
import io.github.xconnector.auth.LoopbackReceiver;
import io.github.xconnector.auth.OAuth2Tokens;
import io.github.xconnector.auth.OAuth2UserTokenProvider;
import io.github.xconnector.auth.PendingAuthorization;
import io.github.xconnector.auth.TokenStore;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Logs a user in with OAuth 2.0 (Authorization Code with PKCE), keeps the tokens in a file, and refreshes them.
 *
 * <p>{@link #logIn} is the whole login: build the authorization URL, let the user open it, receive X's redirect on a
 * loopback receiver, exchange the code and save the tokens. {@link #run} then shows the token file and a refresh,
 * which rotates the refresh token and saves the new pair to the same file.
 *
 * <p>Against the sandbox (no settings in the environment) an HTTP request plays the browser:
 * {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=LogInWithOAuth}. Against the real X API set
 * {@code X_AUTHENTICATION=OAuth}, {@code X_CONNECTION_NAME}, {@code X_CLIENT_ID}, {@code X_REDIRECT_URI} (a loopback
 * URI registered for the app, such as {@code http://127.0.0.1:8765/callback}) and {@code X_TOKEN_FILE}; the program
 * prints the authorization URL and waits up to five minutes for the browser to come back. Later runs reuse the file.
 */
public final class LogInWithOAuth {

  private LogInWithOAuth() {
  }

  /**
   * Runs the example alone.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleSession session = ExampleSession.open(System.out)) {
      run(session, System.out);
    }
  }

  /**
   * Logs in: the user authorizes the app in a browser, and the tokens are saved to {@code store}.
   *
   * @param flow the app's authorization code flow
   * @param receiver listens for X's redirect
   * @param browser opens the authorization URL (or asks the user to)
   * @param store where the tokens are saved
   * @param out where to report
   */
  public static void logIn(AuthorizationCodeFlow flow, LoopbackReceiver receiver, Consumer<URI> browser,
      TokenStore store, PrintStream out) {
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    URI url = pending.authorizationUrl();
    out.println("Authorization URL: " + url.getScheme() + "://" + url.getAuthority() + url.getPath()
        + " (PKCE S256, scopes " + String.join(" ", pending.scopes()) + ")");
    browser.accept(url);
    OAuth2Tokens tokens = flow.exchange(pending, receiver.awaitCallback(pending, Duration.ofMinutes(5)));
    out.println("Loopback receiver at " + receiver.redirectUri() + " got the code; exchanged it for tokens");
    store.save(tokens);
    out.println("Tokens saved to " + store + ", access token expires at " + tokens.expiresAt().orElse(null));
  }

  /**
   * Returns a "browser" that asks the user to open the authorization URL.
   *
   * @param out where to ask
   * @return the browser
   */
  public static Consumer<URI> askUserToOpen(PrintStream out) {
    return url -> {
      out.println("Open this page in a browser and authorize the app:");
      out.println(url);
    };
  }

  /**
   * Shows the saved tokens and refreshes them, as a later run of the program would.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    FileTokenStore store = session.tokenStore();
    OAuth2Tokens before = store.load().orElseThrow();
    out.println("Token file " + store.file() + ": expires at " + before.expiresAt().orElse(null)
        + ", scopes " + String.join(" ", before.scopes()));

    // A provider that starts from the file, as the next run of a program would. It refreshes a minute before the
    // access token expires, and after a 401; refresh() does it now, to show the rotation.
    OAuth2UserTokenProvider tokens = OAuth2UserTokenProvider.builder(AuthorizationCodeFlow.fromSettings(
        session.settings())).tokenStore(store).build();
    tokens.refresh();
    XClient x = session.client(tokens);
    String username = x.users().me().getData().getUsername();

    OAuth2Tokens after = store.load().orElseThrow();
    boolean rotated = !after.refreshToken().equals(before.refreshToken());
    out.println("Refreshed the tokens and called users/me as @" + username + "; the file now holds the new pair"
        + " (refresh token rotated: " + (rotated ? "yes" : "no") + "), expires at " + after.expiresAt().orElse(null));
  }
}
