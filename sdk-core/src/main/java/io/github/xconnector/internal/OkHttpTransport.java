package io.github.xconnector.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSink;

/**
 * Feign's {@link Client} on OkHttp, doing per call only what a call needs.
 *
 * <p>Unlike feign-okhttp it keeps one OkHttp client per distinct timeout setting instead of building a new one for
 * every call whose options differ from the given client's, parses each {@code Content-Type} once, copies the
 * response headers once, and hands Feign the body as a byte stream, so no {@code Reader} is made unless a decoder
 * asks for one. Connections, dispatcher and pool are the given client's, shared by every variant.
 */
final class OkHttpTransport implements Client {

  private static final int SLICE = 64 * 1024;

  // Pooled connections the server closed are detected before writing; a request that found several in a row is sent
  // at most this many times before giving up as not sent.
  private static final int STALE_CONNECTION_ATTEMPTS = 4;
  // Content types are parsed once each; multipart boundaries make each upload's type new, so only a few are kept.
  private static final int MAX_CACHED_MEDIA_TYPES = 64;

  private final OkHttpClient base;
  private final StaleConnectionGuard guard;
  private final ConcurrentMap<Timeouts, OkHttpClient> byOptions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, MediaType> mediaTypes = new ConcurrentHashMap<>();

  /**
   * @param base the OkHttp client, built with {@code retryOnConnectionFailure(false)} and {@code guard} as its event
   *     listener
   * @param guard the client's stale-connection guard
   */
  OkHttpTransport(OkHttpClient base, StaleConnectionGuard guard) {
    this.base = base;
    this.guard = guard;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(request.url());
    MediaType contentType = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        builder.addHeader(header.getKey(), value);
        if (contentType == null && header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = mediaType(value);
        }
      }
    }
    byte[] body = request.body();
    String method = request.httpMethod().name();
    RequestBody requestBody = body != null ? bodyOf(body, contentType)
        : requiresBody(method) ? RequestBody.create(new byte[0], contentType) : null;
    builder.method(method, requestBody);
    okhttp3.Response response = send(client(options), builder.build());
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    okhttp3.Headers received = response.headers();
    for (int i = 0; i < received.size(); i++) {
      List<String> values = (List<String>) headers.computeIfAbsent(received.name(i), name -> new ArrayList<>(1));
      values.add(received.value(i));
    }
    ResponseBody responseBody = response.body();
    long length = responseBody.contentLength();
    return Response.builder()
        .status(response.code())
        .reason(response.message())
        .request(request)
        .headers(headers)
        .body(responseBody.byteStream(), length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null)
        .build();
  }

  // Sends again only a request that certainly never left: one whose pooled connection the guard found closed by the
  // server and shut before writing. Any other failure goes to the call path, which knows what may be repeated.
  okhttp3.Response send(OkHttpClient client, okhttp3.Request request) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Call call = client.newCall(request);
      try {
        return call.execute();
      } catch (IOException failure) {
        if (!guard.closedBeforeWrite(call)) {
          throw failure;
        }
        if (attempt == STALE_CONNECTION_ATTEMPTS) {
          ConnectException notSent = new ConnectException("The server had closed " + attempt
              + " pooled connections in a row; the request was not sent.");
          notSent.initCause(failure);
          throw notSent;
        }
      }
    }
  }

  private MediaType mediaType(String value) {
    MediaType known = mediaTypes.get(value);
    if (known != null) {
      return known;
    }
    MediaType parsed = MediaType.parse(value);
    if (parsed != null && mediaTypes.size() < MAX_CACHED_MEDIA_TYPES) {
      mediaTypes.put(value, parsed);
    }
    return parsed;
  }

  private static RequestBody bodyOf(byte[] body, MediaType contentType) {
    return body.length <= SLICE ? RequestBody.create(body, contentType) : new SlicedBody(body, contentType);
  }

  static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  OkHttpClient client(Request.Options options) {
    if (base.connectTimeoutMillis() == options.connectTimeoutMillis()
        && base.readTimeoutMillis() == options.readTimeoutMillis()
        && base.followRedirects() == options.isFollowRedirects()) {
      return base;
    }
    Timeouts key = new Timeouts(options.connectTimeoutMillis(), options.readTimeoutMillis(),
        options.isFollowRedirects());
    return byOptions.computeIfAbsent(key, k -> base.newBuilder()
        .connectTimeout(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeoutMillis(), TimeUnit.MILLISECONDS)
        .followRedirects(options.isFollowRedirects())
        .build());
  }

  private record Timeouts(int connectMillis, int readMillis, boolean followRedirects) {
  }

  /**
   * A large body (a media segment) written in slices. OkHttp's byte-array body hands the whole array to its buffer
   * at once, which copies all of it into newly allocated 8 KiB segments before the first byte leaves: a second copy
   * of every segment in the heap, and no overlap of copying with sending. In slices, the buffer's segments go out
   * and return to OkHttp's pool as the body is written.
   */
  private static final class SlicedBody extends RequestBody {
    private final byte[] bytes;
    private final MediaType contentType;

    SlicedBody(byte[] bytes, MediaType contentType) {
      this.bytes = bytes;
      this.contentType = contentType;
    }

    @Override
    public MediaType contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      for (int at = 0; at < bytes.length; at += SLICE) {
        sink.write(bytes, at, Math.min(SLICE, bytes.length - at));
      }
    }
  }
}
