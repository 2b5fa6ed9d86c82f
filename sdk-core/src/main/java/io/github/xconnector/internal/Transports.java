package io.github.xconnector.internal;

import feign.Client;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Chooses the default HTTP transport: a lean Feign client on one shared OkHttp client, measured fastest and leanest
 * of the transports tried (see docs/PERFORMANCE.md). To change the default, change the one line in
 * {@link #defaultTransport()}.
 */
public final class Transports {

  /** The connect timeout clients use unless told otherwise. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The read timeout clients use unless told otherwise. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  private Transports() {
  }

  /**
   * Returns the transport clients use unless given one, shared so connections are reused.
   *
   * @return the shared transport
   */
  public static Client defaultTransport() {
    return Shared.LEAN;
  }

  /**
   * Returns feign-okhttp's client on the same shared OkHttp client: the previous default, kept to compare with.
   *
   * @return a transport sharing the default's connections
   */
  public static Client feignOkHttp() {
    return new feign.okhttp.OkHttpClient(Shared.OKHTTP);
  }

  // Built on first use, so a program that never calls X pays nothing for it.
  private static final class Shared {
    static final OkHttpClient OKHTTP = new OkHttpClient.Builder()
        // OkHttp would silently repeat a request, POSTs included, after a connection failure; XRetryer alone decides
        // what may be repeated, so a post is never published twice.
        .retryOnConnectionFailure(false)
        // Equal to the options XClient passes by default, so no call needs a client of its own.
        .connectTimeout(DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .followRedirects(false)
        .followSslRedirects(false)
        // Media segments end in a small write that would otherwise wait for a delayed acknowledgement.
        .socketFactory(new NoDelaySocketFactory())
        .build();
    static final Client LEAN = new OkHttpTransport(OKHTTP);
  }
}
