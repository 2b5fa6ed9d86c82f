package io.github.xconnector.internal;

import feign.Client;
import feign.okhttp.OkHttpClient;

/**
 * Chooses the default HTTP transport. OkHttp measured fastest of the transports Feign supports (see
 * docs/PERFORMANCE.md); to change the default, change this one line.
 */
public final class Transports {

  // OkHttp would silently repeat a request, POSTs included, after a connection failure; XRetryer alone decides what
  // may be repeated, so a post is never published twice.
  private static final Client SHARED = new OkHttpClient(new okhttp3.OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .build());

  private Transports() {
  }

  /**
   * Returns the transport clients use unless given one: one OkHttp client, shared so connections are reused.
   *
   * @return the shared transport
   */
  public static Client defaultTransport() {
    return SHARED;
  }
}
