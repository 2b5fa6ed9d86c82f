package io.github.xconnector.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;

/**
 * The Feign client streams are read through: the connections, pool and dispatcher of the client's own OkHttp client,
 * without the deadline of a whole exchange (a stream has no end; the stream's own stall timer watches it instead), and
 * with a body whose {@code close()} cancels the call, so a stream closed from another thread stops reading at once
 * (the reading thread then closes the body itself).
 * A call still connecting or waiting for its headers is cancelled through {@link StreamCancellation}.
 *
 * <p>Only the stream operations use it; every other call keeps the deadline of {@code XClient.Builder.callTimeout}.
 */
final class StreamingClient implements Client {

  // As for every call: a pooled connection the server had closed is found before writing, and the request sent again.
  private static final int STALE_CONNECTION_ATTEMPTS = 4;

  private final OkHttpClient base;
  private final StaleConnectionGuard guard;
  private final ConcurrentMap<List<Integer>, OkHttpClient> byTimeouts = new ConcurrentHashMap<>();

  /**
   * @param shared the client's OkHttp client, whose connections and threads are shared
   * @param guard its stale-connection guard
   */
  StreamingClient(OkHttpClient shared, StaleConnectionGuard guard) {
    this.base = shared.newBuilder().callTimeout(0, TimeUnit.MILLISECONDS).build();
    this.guard = guard;
  }

  /** @return the deadline of a whole exchange on the stream's connections: none, zero */
  long callTimeoutMillis() {
    return base.callTimeoutMillis();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(request.url());
    request.headers().forEach((name, values) -> values.forEach(value -> builder.addHeader(name, value)));
    builder.method(request.httpMethod().name(), null);
    OkHttpClient client = byTimeouts.computeIfAbsent(List.of(options.connectTimeoutMillis(),
        options.readTimeoutMillis()), key -> base.newBuilder()
        .connectTimeout(key.get(0), TimeUnit.MILLISECONDS)
        .readTimeout(key.get(1), TimeUnit.MILLISECONDS)
        .build());
    okhttp3.Request sent = builder.build();
    for (int attempt = 1; ; attempt++) {
      Call call = client.newCall(sent);
      StreamCancellation.attachToCurrent(call::cancel);
      okhttp3.Response response;
      try {
        response = call.execute();
      } catch (IOException failure) {
        if (!guard.closedBeforeWrite(call) || attempt == STALE_CONNECTION_ATTEMPTS || call.isCanceled()) {
          throw failure;
        }
        continue;
      }
      Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      okhttp3.Headers received = response.headers();
      for (int i = 0; i < received.size(); i++) {
        ((List<String>) headers.computeIfAbsent(received.name(i), name -> new ArrayList<>(1))).add(received.value(i));
      }
      Thread reader = Thread.currentThread();
      InputStream body = new FilterInputStream(response.body().byteStream()) {
        @Override
        public void close() throws IOException {
          // Cancelling closes the socket, which ends a read blocked in the reading thread. The body itself is only
          // closed by the thread that reads it: OkHttp's sources are not to be used by two threads at once.
          call.cancel();
          if (Thread.currentThread() == reader) {
            super.close();
          }
        }
      };
      return Response.builder()
          .status(response.code())
          .reason(response.message())
          .request(request)
          .headers(headers)
          .body(body, null)
          .build();
    }
  }
}
