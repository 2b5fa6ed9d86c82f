package io.github.xconnector.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Chooses the default HTTP transport: a lean Feign client on OkHttp, measured fastest and leanest of the transports
 * tried (see docs/PERFORMANCE.md). To change the default, change {@link #create(Duration, Duration)}.
 */
public final class Transports {

  /** The connect timeout clients use unless told otherwise. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The read timeout clients use unless told otherwise. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /** The deadline of a whole exchange clients use unless told otherwise. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  private Transports() {
  }

  /**
   * Creates the transport of one client: a lean Feign client on an OkHttp client of its own, with the client's
   * timeouts, released when the client closes. Each client has its own, so two clients with different timeouts or
   * lifetimes never share connections or threads by accident.
   *
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param callTimeout the deadline of a whole exchange, however slowly the bytes arrive
   * @return the transport, owned by the client
   */
  public static ClientTransport create(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    StaleConnectionGuard guard = new StaleConnectionGuard();
    OkHttpClient okHttp = new OkHttpClient.Builder()
        // OkHttp would silently repeat a request, POSTs included, after a connection failure; the call path alone
        // decides what may be repeated, so a post is never published twice.
        .retryOnConnectionFailure(false)
        // Equal to the options the client passes, so no call needs a variant of its own.
        .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .followRedirects(false)
        .followSslRedirects(false)
        // Media segments end in a small write that would otherwise wait for a delayed acknowledgement.
        .socketFactory(new NoDelaySocketFactory())
        // Pooled connections the server has closed are found before a request is written on them.
        .eventListener(guard)
        .build();
    return ClientTransport.owned(new OkHttpTransport(okHttp, guard), new StreamingClient(okHttp, guard), () -> {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    });
  }

}
