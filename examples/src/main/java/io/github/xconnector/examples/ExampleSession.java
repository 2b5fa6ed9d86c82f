package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.AuthorizationCodeFlow;
import io.github.xconnector.auth.ConnectionSettings.Authentication;
import io.github.xconnector.auth.ConnectionSettings;
import io.github.xconnector.auth.Credentials;
import io.github.xconnector.auth.FileTokenStore;
import io.github.xconnector.auth.LoopbackReceiver;
import io.github.xconnector.auth.OAuth2UserTokenProvider;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.sandbox.XSandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The connection every example uses: the real X API when connection settings are in the environment, otherwise a
 * local X sandbox started in this process.
 *
 * <p>The decision follows {@link #usesRealX(Map)}: {@code X_AUTHENTICATION} or {@code X_SETTINGS_FILE} set means
 * "use the settings" (see {@link ConnectionSettings} for every setting). The first line printed says which X is used.
 * Against the sandbox the user token is obtained by running the real OAuth 2.0 flow ({@link LogInWithOAuth#logIn}),
 * with an HTTP request standing in for the browser; the tokens live in a file in a temporary directory.
 *
 * <p>Close the session to stop the sandbox and delete the temporary directory.
 */
public final class ExampleSession implements AutoCloseable {

  private final Map<String, String> environment;
  private final ConnectionSettings settings;
  private final XSandbox sandbox;
  private final Path workDirectory;
  private final FileTokenStore tokenStore;
  private final XClient x;
  private final User me;
  private final String stamp = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
  private final List<String> publishedPostIds = new ArrayList<>();

  /** Connects; {@code receiver} is the sandbox's loopback receiver, or null to listen on the redirect URI. */
  private ExampleSession(Map<String, String> environment, ConnectionSettings settings, XSandbox sandbox,
      Path workDirectory, PrintStream out, LoopbackReceiver receiver) {
    this.environment = Map.copyOf(environment);
    this.settings = settings;
    this.sandbox = sandbox;
    this.workDirectory = workDirectory;
    if (settings.authentication() == Authentication.OAUTH) {
      this.tokenStore = new FileTokenStore(settings.tokenFile().orElse(workDirectory.resolve("x-tokens.json")));
      if (tokenStore.load().isEmpty()) {
        logIn(receiver, out);
      } else {
        out.println("Using the tokens saved in " + tokenStore.file());
      }
      AccessTokenProvider user = OAuth2UserTokenProvider.builder(AuthorizationCodeFlow.fromSettings(settings))
          .tokenStore(tokenStore).build();
      this.x = client(user);
      this.me = x.users().me().getData();
      out.println("Signed in as @" + me.getUsername() + " (user id " + me.getId() + ")");
    } else {
      this.tokenStore = null;
      this.x = null;
      this.me = null;
    }
  }

  /**
   * Opens a session for the process environment.
   *
   * @param out where to say which X is used, and to show the login
   * @return the session; close it when done
   */
  public static ExampleSession open(PrintStream out) {
    return open(System.getenv(), out);
  }

  /**
   * Opens a session for the given environment: the real X API when it holds connection settings, else a sandbox.
   *
   * @param environment environment variables, such as {@code System.getenv()}
   * @param out where to say which X is used, and to show the login
   * @return the session; close it when done
   */
  public static ExampleSession open(Map<String, String> environment, PrintStream out) {
    Path workDirectory = temporaryDirectory();
    if (usesRealX(environment)) {
      ConnectionSettings settings = ConnectionSettings.fromEnvironment(environment::get);
      out.println("X connection settings found in the environment: using the X API at " + settings.endpointUrl()
          + " (connection '" + settings.connectionName() + "', " + settings.authentication().displayName() + ")");
      return new ExampleSession(environment, settings, null, workDirectory, out, null);
    }
    XSandbox sandbox = LocalSandbox.start();
    out.println("No X connection settings in the environment: using a local X sandbox at " + sandbox.baseUrl());
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      ConnectionSettings settings = LocalSandbox.settings(sandbox, receiver.redirectUri(),
          workDirectory.resolve("x-tokens.json"));
      ExampleSession session = new ExampleSession(environment, settings, sandbox, workDirectory, out, receiver);
      LocalSandbox.addSamplePosts(sandbox, session);
      return session;
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  /**
   * Tells whether the environment holds X connection settings.
   *
   * @param environment environment variables
   * @return {@code true} when {@code X_AUTHENTICATION} or {@code X_SETTINGS_FILE} is set
   */
  public static boolean usesRealX(Map<String, String> environment) {
    return isSet(environment.get("X_AUTHENTICATION")) || isSet(environment.get("X_SETTINGS_FILE"));
  }

  /** Returns the client acting for the signed-in user. */
  public XClient x() {
    if (x == null) {
      throw new IllegalStateException("This example acts for a user, but connection '" + settings.connectionName()
          + "' uses Bearer (app-only) authentication: set X_AUTHENTICATION=OAuth with X_CLIENT_ID and X_REDIRECT_URI.");
    }
    return x;
  }

  /** Tells whether a user is signed in (OAuth), so that {@link #x()} can act for them. */
  public boolean actsForUser() {
    return x != null;
  }

  /** Returns the signed-in user's id. */
  public String userId() {
    return me().getId();
  }

  /** Returns the signed-in user's username, without {@code @}. */
  public String username() {
    return me().getUsername();
  }

  /** Tells whether the settings hold a Bearer token or a consumer key and secret, for {@link #appOnly()}. */
  public boolean hasAppOnlyCredentials() {
    return settings.bearerToken().isPresent() || settings.consumerKey().isPresent();
  }

  /** Returns a client with an app-only Bearer token, from the Bearer token or the consumer key and secret. */
  public XClient appOnly() {
    if (!hasAppOnlyCredentials()) {
      throw new IllegalStateException("No app-only credentials: set X_BEARER_TOKEN, or X_CONSUMER_KEY and"
          + " X_CONSUMER_SECRET.");
    }
    return client(Credentials.fromSettings(settings.toBuilder().authentication(Authentication.BEARER).build()));
  }

  /**
   * Returns an environment variable of the session's environment, for the examples' own options.
   *
   * @param name the variable, such as {@code X_EXAMPLE_VIDEO}
   * @return its value, when set and not blank
   */
  public Optional<String> environmentValue(String name) {
    return Optional.ofNullable(environment.get(name)).filter(ExampleSession::isSet);
  }

  /** Returns the settings in use (for the sandbox, settings that point at it). */
  public ConnectionSettings settings() {
    return settings;
  }

  /** Returns the file the user's OAuth 2.0 tokens are kept in. */
  public FileTokenStore tokenStore() {
    if (tokenStore == null) {
      throw new IllegalStateException("Connection '" + settings.connectionName() + "' does not use OAuth.");
    }
    return tokenStore;
  }

  /** Returns the sandbox when no real X is used. */
  public Optional<XSandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /** Returns a temporary directory for files the examples write; deleted on close. */
  public Path workDirectory() {
    return workDirectory;
  }

  /** Returns the time the session started ({@code HH:mm:ss}), to keep post texts unique: X refuses duplicates. */
  public String stamp() {
    return stamp;
  }

  /** Remembers a post an example published, so the tour can delete it at the end. */
  public void published(String postId) {
    publishedPostIds.add(postId);
  }

  /** Returns the posts the examples published, oldest first. */
  public List<String> publishedPostIds() {
    return List.copyOf(publishedPostIds);
  }

  /** Builds a client for this connection with the given credentials. */
  XClient client(AccessTokenProvider credentials) {
    return XClient.builder()
        .baseUrl(settings.endpointUrl().toString())
        .connectionName(settings.connectionName())
        .credentials(credentials)
        .build();
  }

  /** Stops the sandbox, if any, and deletes the temporary directory. */
  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
    try (Stream<Path> files = Files.walk(workDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }

  private User me() {
    x();
    return me;
  }

  private void logIn(LoopbackReceiver receiver, PrintStream out) {
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.fromSettings(settings);
    if (receiver != null) {
      LogInWithOAuth.logIn(flow, receiver, new BrowserStandIn(), tokenStore, out);
      return;
    }
    try (LoopbackReceiver atRedirectUri = LoopbackReceiver.start(settings.redirectUri().orElseThrow())) {
      LogInWithOAuth.logIn(flow, atRedirectUri, LogInWithOAuth.askUserToOpen(out), tokenStore, out);
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("x-connector-examples");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a temporary directory for the examples", e);
    }
  }
}
