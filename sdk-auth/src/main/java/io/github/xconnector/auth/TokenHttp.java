package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;

/**
 * Sends the requests Nimbus builds for the OAuth 2.0 endpoints over OkHttp instead of Nimbus's own
 * {@code HttpURLConnection}.
 *
 * <p>The JDK's {@code HttpURLConnection} silently sends a POST again after some connection failures; for a refresh
 * that burns the single-use refresh token X rotates, and the user must authorize again. It also logs request headers,
 * the client secret's {@code Authorization: Basic} among them, when its platform logger is at a fine level. Here a
 * token request is written at most once and no header is logged: no retry on connection failure, no redirects, and
 * the body is one-shot, so OkHttp also never repeats it on the answers it would otherwise send again by itself
 * (503 with {@code Retry-After: 0}, 408, 421, an authentication challenge). A network interceptor refuses a second
 * attempt of the same call in case a later OkHttp finds another reason to repeat.
 */
final class TokenHttp {

  // One connection pool and dispatcher for every token request of the process; its threads are daemons.
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .followRedirects(false)
      .followSslRedirects(false)
      .build();

  private TokenHttp() {
  }

  /**
   * Sends a request once.
   *
   * @param request the request Nimbus built
   * @param timeouts connect and read timeouts
   * @return the answer, as Nimbus reads it
   * @throws IOException when the endpoint cannot be reached or the answer cannot be read
   */
  static HTTPResponse send(HTTPRequest request, OAuth2Http.Timeouts timeouts) throws IOException {
    OkHttpClient client = SHARED.newBuilder()
        .addNetworkInterceptor(new OneAttempt())
        .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(timeouts.connect().plus(timeouts.read()).toMillis(), TimeUnit.MILLISECONDS)
        .build();
    try (Response response = client.newCall(toOkHttp(request)).execute()) {
      HTTPResponse answer = new HTTPResponse(response.code());
      answer.setStatusMessage(response.message());
      for (String name : response.headers().names()) {
        List<String> values = response.headers(name);
        answer.setHeader(name, values.toArray(new String[0]));
      }
      ResponseBody body = response.body();
      String text = body.string();
      if (!text.isEmpty()) {
        answer.setBody(text);
      }
      return answer;
    }
  }

  private static Request toOkHttp(HTTPRequest request) {
    URL url = request.getURL();
    String query = request.getMethod() == HTTPRequest.Method.GET ? request.getQuery() : null;
    String target = query == null || query.isEmpty() ? url.toString()
        : url + (url.getQuery() == null ? "?" : "&") + query;
    Request.Builder builder = new Request.Builder().url(target);
    String contentType = null;
    for (Map.Entry<String, List<String>> header : request.getHeaderMap().entrySet()) {
      for (String value : header.getValue()) {
        builder.addHeader(header.getKey(), value);
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = value;
        }
      }
    }
    String body = request.getBody();
    String method = request.getMethod().name();
    if (body != null || method.equals("POST") || method.equals("PUT")) {
      MediaType type = contentType == null ? null : MediaType.parse(contentType);
      builder.method(method, new OneShotBody(type, (body == null ? "" : body).getBytes(StandardCharsets.UTF_8)));
    } else {
      builder.method(method, null);
    }
    return builder.build();
  }

  /** A request body that may be written once only; OkHttp then never sends its request again. */
  private static final class OneShotBody extends RequestBody {
    private final MediaType type;
    private final byte[] bytes;

    OneShotBody(MediaType type, byte[] bytes) {
      this.type = type;
      this.bytes = bytes;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }

  /** Lets one call reach the network once; a second attempt fails before anything is written. */
  private static final class OneAttempt implements Interceptor {
    private final AtomicBoolean used = new AtomicBoolean();

    @Override
    public Response intercept(Chain chain) throws IOException {
      if (!used.compareAndSet(false, true)) {
        throw new IOException("A token request is never sent twice");
      }
      return chain.proceed(chain.request());
    }
  }
}
