package io.github.xconnector.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * <p>Thread-safe. Close it to stop listening.
 */
public final class LoopbackReceiver implements AutoCloseable {

  private static final String DEFAULT_PATH = "/callback";

  private final HttpServer server;
  private final URI redirectUri;
  private final AtomicBoolean accepted = new AtomicBoolean();
  private final CompletableFuture<PendingAuthorization> expected = new CompletableFuture<>();
  private final CompletableFuture<AuthorizationCallback> outcome = new CompletableFuture<>();

  private LoopbackReceiver(HttpServer server, URI redirectUri) {
    this.server = server;
    this.redirectUri = redirectUri;
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
    try {
      InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
      URI redirectUri = URI.create("http://" + uriHost + ":" + server.getAddress().getPort() + path);
      LoopbackReceiver receiver = new LoopbackReceiver(server, redirectUri);
      server.createContext("/", receiver::handle);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new XIoException("Could not listen on 127.0.0.1 port " + port + " for the authorization callback ("
          + e.getMessage() + "): free the port or choose another redirect URI", false, e);
    }
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
   * Waits for the browser to bring the callback of {@code pending}, and checks it.
   *
   * @param pending the authorization whose callback is expected
   * @param timeout how long to wait
   * @return the callback; pass it to {@link AuthorizationCodeFlow#exchange(PendingAuthorization,
   *     AuthorizationCallback)}
   * @throws XAuthenticationException when no callback arrives in time, the state does not match, or the user
   *     denied access
   * @throws XValidationException when called again with a different authorization
   */
  public AuthorizationCallback awaitCallback(PendingAuthorization pending, Duration timeout) {
    Objects.requireNonNull(pending, "pending");
    expected.complete(pending);
    if (expected.isCompletedExceptionally()) {
      throw new XValidationException("This receiver is closed: start a new one.");
    }
    if (expected.join() != pending) {
      throw new XValidationException("This receiver already waits for another authorization: start a new"
          + " receiver for each authorization.");
    }
    try {
      return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new XAuthenticationException("No authorization callback arrived at " + redirectUri + " within " + timeout
          + ". Open the authorization URL in a browser, approve the app, and try again.", true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XAuthenticationException("Interrupted while waiting for the authorization callback", true, e);
    } catch (ExecutionException e) {
      throw (XAuthenticationException) e.getCause();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getRawPath().equals(redirectUri.getRawPath())
          || !"GET".equals(exchange.getRequestMethod())) {
        respond(exchange, 404, "Not found", "This address only receives the authorization callback.");
        return;
      }
      if (!accepted.compareAndSet(false, true)) {
        respond(exchange, 409, "Already done", "The authorization callback was already received. You can close"
            + " this window.");
        return;
      }
      settle(exchange);
    }
  }

  private void settle(HttpExchange exchange) throws IOException {
    try {
      AuthorizationCallback callback = AuthorizationCallback.fromRawQuery(exchange.getRequestURI().getRawQuery());
      // The browser may arrive before the app calls awaitCallback; its answer waits until the app says what to expect.
      expected.get().verify(callback);
      respond(exchange, 200, "Authorized", "The app is authorized. You can close this window and return to it.");
      outcome.complete(callback);
    } catch (XAuthenticationException e) {
      respond(exchange, 400, "Not authorized", "The authorization did not complete. Return to the app for"
          + " details.");
      outcome.completeExceptionally(e);
    } catch (InterruptedException | ExecutionException e) {
      respond(exchange, 503, "Stopped", "The app stopped waiting for this authorization.");
    }
  }

  private static void respond(HttpExchange exchange, int status, String title, String message) throws IOException {
    byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
        + "<h1>" + title + "</h1><p>" + message + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, page.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(page);
    }
  }

  /** Stops listening; a browser still waiting gets a page saying the app stopped waiting. */
  @Override
  public void close() {
    expected.completeExceptionally(new IllegalStateException("closed"));
    server.stop(0);
  }

  /** Names the redirect URI. */
  @Override
  public String toString() {
    return "LoopbackReceiver[" + redirectUri + "]";
  }
}
