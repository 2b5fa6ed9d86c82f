package io.github.xconnector.auth;

import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receives the authorization redirect on this machine, for desktop and command-line apps.
 *
 * <p>It listens on {@code 127.0.0.1} only, accepts one callback on the redirect path, checks its state against the
 * authorization it waits for, answers the browser with a short page and hands the callback over:
 *
 * <pre>{@code
 * try (LoopbackReceiver receiver = LoopbackReceiver.start(settings.redirectUri().orElseThrow())) {
 *   PendingAuthorization pending = flow.begin(receiver.redirectUri());
 *   System.out.println("Open " + pending.authorizationUrl());
 *   OAuth2Tokens tokens = flow.exchange(pending, receiver.awaitCallback(pending, Duration.ofMinutes(5)));
 * }
 * }</pre>
 *
 * <p>What it answers, so that nothing but the real callback ends the wait:
 * <ul>
 *   <li>a request whose {@code Host} header is not this receiver's loopback address and port ({@code 127.0.0.1},
 *       {@code [::1]} or {@code localhost}, with the port) gets 400 and changes nothing: a web page that rebinds a
 *       domain name to {@code 127.0.0.1} cannot deliver a callback;
 *   <li>other paths get 404, other methods 405; neither changes anything;
 *   <li>a callback whose {@code state} does not match the awaited authorization (a forged or stale link) gets 400,
 *       and the receiver keeps waiting for the real one until the timeout;
 *   <li>the callback with the right state is accepted (200, or 400 when it carries an {@code error} such as
 *       {@code access_denied}, which then ends the wait with that error); later callbacks get 409 and never replace
 *       it;
 *   <li>a callback that arrives before {@link #awaitCallback(PendingAuthorization, Duration)} is called is answered
 *       at once (200) and kept; the later wait takes the first kept one whose state matches and drops the others.
 * </ul>
 *
 * <p>Every answer is sent at once: no request waits for the app, and a connection that stalls mid-request is closed
 * after a few seconds without holding up the others. Nothing about the requests is logged.
 *
 * <p>Thread-safe. Close it to stop listening.
 */
public final class LoopbackReceiver implements AutoCloseable {

  private static final String DEFAULT_PATH = "/callback";
  /** Callbacks kept before the app waits; more than a browser sends by far, so a flood cannot fill memory. */
  private static final int MAX_EARLY_CALLBACKS = 32;

  private final LoopbackHttpServer server;
  private final URI redirectUri;
  private final Set<String> acceptedHosts;
  private final Object lock = new Object();
  private final CompletableFuture<AuthorizationCallback> outcome = new CompletableFuture<>();
  private PendingAuthorization expected; // guarded by lock
  private final List<AuthorizationCallback> early = new ArrayList<>(); // guarded by lock
  private boolean closed; // guarded by lock

  private LoopbackReceiver(LoopbackHttpServer server, URI redirectUri) {
    this.server = server;
    this.redirectUri = redirectUri;
    int port = redirectUri.getPort();
    this.acceptedHosts = port == 80
        ? Set.of("127.0.0.1:80", "[::1]:80", "localhost:80", "127.0.0.1", "[::1]", "localhost")
        : Set.of("127.0.0.1:" + port, "[::1]:" + port, "localhost:" + port);
  }

  /**
   * Listens on a free port of {@code 127.0.0.1}, with the path {@code /callback}. Use it when the authorization
   * server accepts any loopback port (RFC 8252); X accepts only the exact redirect URIs registered for the app.
   *
   * @return the running receiver
   * @throws XIoException when no port can be opened
   */
  public static LoopbackReceiver start() {
    return listen(0, DEFAULT_PATH, "127.0.0.1");
  }

  /**
   * Listens on the port and path of a registered loopback redirect URI such as
   * {@code http://127.0.0.1:8765/callback}. It binds {@code 127.0.0.1} also when the URI says {@code localhost}.
   *
   * @param redirectUri an {@code http} URI on {@code 127.0.0.1} or {@code localhost} with an explicit port
   * @return the running receiver
   * @throws XValidationException when the URI is not such a loopback URI
   * @throws XIoException when the port cannot be opened, for example because it is in use
   */
  public static LoopbackReceiver start(URI redirectUri) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    String host = redirectUri.getHost() == null ? "" : redirectUri.getHost().toLowerCase(Locale.ROOT);
    if (!"http".equalsIgnoreCase(redirectUri.getScheme()) || !(host.equals("127.0.0.1") || host.equals("localhost"))
        || redirectUri.getPort() <= 0 || redirectUri.getRawQuery() != null) {
      throw new XValidationException("A loopback redirect URI is http on 127.0.0.1 (or localhost) with an explicit"
          + " port and no query, for example http://127.0.0.1:8765/callback, but the redirect URI is " + redirectUri);
    }
    String path = redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty() ? "/"
        : redirectUri.getRawPath();
    return listen(redirectUri.getPort(), path, host);
  }

  private static LoopbackReceiver listen(int port, String path, String uriHost) {
    LoopbackHttpServer server;
    try {
      server = LoopbackHttpServer.bind(port);
    } catch (IOException e) {
      throw new XIoException("Could not listen on 127.0.0.1 port " + port + " for the authorization callback ("
          + e.getMessage() + "): free the port or choose another redirect URI", false, e);
    }
    LoopbackReceiver receiver = new LoopbackReceiver(server, URI.create("http://" + uriHost + ":" + server.port()
        + path));
    server.start(receiver::answer);
    return receiver;
  }

  /**
   * Returns the redirect URI this receiver answers; pass it to {@link AuthorizationCodeFlow#begin(URI)}.
   *
   * @return the redirect URI, with the actual port
   */
  public URI redirectUri() {
    return redirectUri;
  }

  /**
   * Waits for the browser to bring the callback of {@code pending}, and checks it. Callbacks with another state do
   * not end the wait; a callback that arrived before this call counts.
   *
   * @param pending the authorization whose callback is expected
   * @param timeout how long to wait
   * @return the callback; pass it to {@link AuthorizationCodeFlow#exchange(PendingAuthorization,
   *     AuthorizationCallback)}
   * @throws XAuthenticationException when no callback with the right state arrives in time, the user denied access
   *     or X reported another error, or the receiver was closed meanwhile
   * @throws XValidationException when called again with a different authorization, or after {@link #close()}
   */
  public AuthorizationCallback awaitCallback(PendingAuthorization pending, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    expect(pending);
    AuthorizationCallback callback;
    try {
      callback = outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new XAuthenticationException("No authorization callback arrived at " + redirectUri + " within " + timeout
          + ". Open the authorization URL in a browser, approve the app, and try again.", true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XAuthenticationException("Interrupted while waiting for the authorization callback", true, e);
    } catch (ExecutionException e) {
      throw new XAuthenticationException("The receiver was closed before the authorization callback arrived. Start"
          + " the authorization again.", true, e.getCause());
    }
    pending.verify(callback);
    return callback;
  }

  /**
   * Says which authorization's callback to accept, taking a matching callback that arrived early. The first step of
   * {@link #awaitCallback(PendingAuthorization, Duration)}; tests call it alone to know that requests sent afterwards
   * are checked against {@code pending}.
   */
  void expect(PendingAuthorization pending) {
    Objects.requireNonNull(pending, "pending");
    synchronized (lock) {
      if (closed) {
        throw new XValidationException("This receiver is closed: start a new one.");
      }
      if (expected == null) {
        expected = pending;
        for (AuthorizationCallback callback : early) {
          if (pending.stateMatches(callback)) {
            outcome.complete(callback);
            break;
          }
        }
        early.clear();
      } else if (expected != pending) {
        throw new XValidationException("This receiver already waits for another authorization: start a new"
            + " receiver for each authorization.");
      }
    }
  }

  /** Decides the answer to one request; never waits. */
  private LoopbackHttpServer.Answer answer(LoopbackHttpServer.Request request) {
    if (request.hosts().size() != 1 || !acceptedHosts.contains(request.hosts().get(0))) {
      return page(400, "Bad Request", "Wrong address", "This receiver answers only requests for "
          + redirectUri.getHost() + ":" + redirectUri.getPort() + " on this machine.");
    }
    if (!request.rawPath().equals(redirectUri.getRawPath())) {
      return page(404, "Not Found", "Not found", "This address only receives the authorization callback.");
    }
    if (!request.method().equals("GET")) {
      return new LoopbackHttpServer.Answer(405, "Method Not Allowed", LoopbackHttpServer.page("Method not allowed",
          "The authorization callback is a GET request."), List.of("Allow: GET"));
    }
    AuthorizationCallback callback;
    try {
      callback = AuthorizationCallback.fromRawQuery(request.rawQuery());
    } catch (XAuthenticationException e) {
      return page(400, "Bad Request", "Malformed callback", "The authorization callback is malformed. Return to the"
          + " app for details.");
    }
    synchronized (lock) {
      if (closed) {
        return page(503, "Service Unavailable", "Stopped", "The app stopped waiting for this authorization.");
      }
      if (outcome.isDone()) {
        return page(409, "Conflict", "Already done", "The authorization callback was already received. You can"
            + " close this window.");
      }
      if (expected == null) {
        // The app has not said yet which authorization it waits for: keep the callback for it.
        if (early.size() >= MAX_EARLY_CALLBACKS) {
          return page(429, "Too Many Requests", "Too many callbacks", "This receiver got too many callbacks.");
        }
        early.add(callback);
        return page(200, "OK", "Received", "The app received the answer of the authorization page. You can close"
            + " this window and return to the app.");
      }
      if (!expected.stateMatches(callback)) {
        return page(400, "Bad Request", "Not this authorization", "This callback's state does not match the"
            + " authorization the app waits for: it may come from an older attempt or a forged link. The app keeps"
            + " waiting.");
      }
      outcome.complete(callback);
    }
    if (callback.error().isPresent()) {
      return page(400, "Bad Request", "Not authorized", "The authorization did not complete. Return to the app for"
          + " details.");
    }
    return page(200, "OK", "Authorized", "The app is authorized. You can close this window and return to it.");
  }

  private static LoopbackHttpServer.Answer page(int status, String reason, String title, String message) {
    return new LoopbackHttpServer.Answer(status, reason, LoopbackHttpServer.page(title, message), List.of());
  }

  /** Stops listening; a wait in progress ends with an {@link XAuthenticationException}. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      early.clear();
    }
    outcome.completeExceptionally(new IllegalStateException("closed"));
    server.close();
  }

  /** Names the redirect URI. */
  @Override
  public String toString() {
    return "LoopbackReceiver[" + redirectUri + "]";
  }
}
