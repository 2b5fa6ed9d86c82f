package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.ConnectionSettings;
import io.github.xconnector.auth.ConnectionSettings.Authentication;
import io.github.xconnector.auth.StaticBearerTokenProvider;
import io.github.xconnector.sandbox.XSandbox;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Starts the local X sandbox the examples fall back to, and the settings that point at it. */
final class LocalSandbox {

  /** The endpoint the sandbox limits to a few calls, so {@link HandleErrorsAndRateLimits} can show a 429. */
  static final String RATE_LIMITED_ENDPOINT = "GET /2/users/{id}/followers";
  static final int RATE_LIMIT = 3;

  /** The scopes the examples ask for: posts, users, follows, likes, media, lists, direct messages, bookmarks, refresh. */
  static final List<String> SCOPES = List.of("tweet.read", "tweet.write", "users.read", "follows.read",
      "follows.write", "like.read", "like.write", "dm.read", "dm.write", "media.write", "offline.access", "list.read",
      "list.write", "bookmark.read");

  private LocalSandbox() {
  }

  static XSandbox start() {
    return XSandbox.builder()
        // Videos are processed in half a second instead of X's usual few seconds, to keep the tour quick.
        .mediaProcessing(Duration.ZERO, Duration.ofMillis(500))
        .rateLimit(RATE_LIMITED_ENDPOINT, RATE_LIMIT)
        .start();
  }

  /** Settings as a user would write them for X, with the sandbox's URLs, client and consumer key. */
  static ConnectionSettings settings(XSandbox sandbox, URI redirectUri, Path tokenFile) {
    String base = sandbox.baseUrl();
    return ConnectionSettings.builder()
        .connectionName("local sandbox")
        .endpointUrl(base)
        .authentication(Authentication.OAUTH)
        .clientId(XSandbox.Builder.DEFAULT_PUBLIC_CLIENT_ID)
        .authorizationUrl(base + "/i/oauth2/authorize")
        .tokenUrl(base + "/2/oauth2/token")
        .revokeUrl(base + "/2/oauth2/revoke")
        .scopes(SCOPES)
        .redirectUri(redirectUri.toString())
        .tokenFile(tokenFile)
        .consumerKey(XSandbox.Builder.DEFAULT_CONSUMER_KEY)
        .consumerSecret(XSandbox.Builder.DEFAULT_CONSUMER_SECRET)
        .appOnlyTokenUrl(base + "/oauth2/token")
        .build();
  }

  /**
   * Has other sandbox users post about #java, some mentioning the signed-in user, so that search has more than one
   * page and the mentions timeline is not empty.
   */
  static void addSamplePosts(XSandbox sandbox, ExampleSession session) {
    String me = "@" + session.username();
    List<String> tips = List.of(
        "Records make value objects short. #java",
        me + " sealed interfaces list every case the compiler must check. #java",
        "Text blocks keep JSON readable in tests. #java",
        me + " var is fine when the right-hand side names the type. #java",
        "Prefer immutable collections: List.of and List.copyOf. #java",
        "Switch expressions return values; no fall-through. #java",
        me + " try-with-resources closes in reverse order. #java",
        "java.net.http.HttpClient is shared and thread-safe. #java",
        "Optional is for return values, not for fields. #java");
    List<XClient> authors = List.of(asUser(sandbox, session, "kai_rivers"), asUser(sandbox, session, "nora_quill"),
        asUser(sandbox, session, "orbit_news"));
    for (int i = 0; i < tips.size(); i++) {
      authors.get(i % authors.size()).posts().create(tips.get(i));
    }
  }

  /** A client acting for a sandbox user, with a token the sandbox issues directly. */
  private static XClient asUser(XSandbox sandbox, ExampleSession session, String username) {
    String token = sandbox.issueUserToken(sandbox.user(username).id());
    return session.client(StaticBearerTokenProvider.forUser(token));
  }
}
