package io.github.xconnector.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

/**
 * Plays the user's browser against the sandbox: opens the authorization URL and follows the redirects, which the
 * sandbox's authorization page sends straight to the loopback receiver (it approves at once).
 */
final class BrowserStandIn implements Consumer<URI> {

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  /**
   * Opens the page without waiting: the loopback receiver answers the browser only once the app waits for the
   * callback, so waiting here would hold up the app.
   */
  @Override
  public void accept(URI authorizationUrl) {
    http.sendAsync(HttpRequest.newBuilder(authorizationUrl).GET().build(), HttpResponse.BodyHandlers.discarding())
        .whenComplete((response, failure) -> {
          if (failure != null) {
            // The app is waiting for a callback that will not come; say why rather than leave it to the timeout.
            System.err.println("The browser stand-in could not open the authorization page: " + failure);
          }
        });
  }
}
