package io.github.xconnector.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.Request;
import feign.RetryableException;
import feign.codec.EncodeException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.generated.model.ApiResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Sends the operations of the table straight on the client's own OkHttp client: the request is built from the
 * operation's entry (method, path, parameters, media types, all from the spec), and the answer is read by the same
 * decoders as Feign's ({@link XResponseDecoder}, {@link XErrorDecoder}), so errors, retries and results are the same.
 * Feign's per-call work (expanding the generated method's templates, copying every header into new maps, its
 * invocation handler) was most of the SDK's own cost per call; see docs/PERFORMANCE.md.
 *
 * <p>It sends an operation only when the operation has a JSON body or none, no form or header parameters, and a JSON
 * answer ({@link #sends(Operation)}); the others (media segments, downloads) go through their generated or
 * hand-written interface. A client that logs its exchanges, or that was given a transport of the caller's, has none:
 * every call goes through Feign, whose logger and client those are. Thread-safe.
 */
public final class DirectCalls {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] NO_BYTES = new byte[0];

  private final ClientTransport transport;
  private final OkHttpTransport okHttp;
  private final Request.Options options;
  private final String base;
  private final ObjectMapper mapper;
  private final AuthorizationInterceptor authorization;
  private final XResponseDecoder decoder;
  private final XErrorDecoder errors;
  private final String prefix;
  private final ConcurrentMap<Operation, Plan> plans = new ConcurrentHashMap<>();

  private DirectCalls(ClientTransport transport, OkHttpTransport okHttp, Request.Options options, String baseUrl,
      ObjectMapper mapper, AuthorizationInterceptor authorization, XResponseDecoder decoder, XErrorDecoder errors,
      String connectionName) {
    this.transport = transport;
    this.okHttp = okHttp;
    this.options = options;
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.mapper = mapper;
    this.authorization = authorization;
    this.decoder = decoder;
    this.errors = errors;
    this.prefix = ConnectionNames.prefix(connectionName);
  }

  /**
   * Returns the direct path of a client, when it has one.
   *
   * @param transport the client's transport
   * @param logging whether the client logs its exchanges (through Feign's logger)
   * @param options the client's timeouts
   * @param baseUrl the API's base URL
   * @param mapper writes request bodies
   * @param authorization sets the {@code Authorization} header
   * @param decoder reads successful answers
   * @param errors reads error answers
   * @param connectionName starts every message; may be {@code null}
   * @return the direct path, or {@code null} when every call must go through Feign
   */
  public static DirectCalls of(ClientTransport transport, boolean logging, Request.Options options, String baseUrl,
      ObjectMapper mapper, AuthorizationInterceptor authorization, XResponseDecoder decoder, XErrorDecoder errors,
      String connectionName) {
    OkHttpTransport okHttp = transport.okHttp();
    if (okHttp == null || logging) {
      return null;
    }
    return new DirectCalls(transport, okHttp, options, baseUrl, mapper, authorization, decoder, errors,
        connectionName);
  }

  /**
   * Tells whether this path sends an operation.
   *
   * @param operation the operation
   * @return {@code true} when {@link #exchange} may be used for it
   */
  public boolean sends(Operation operation) {
    return plan(operation).direct;
  }

  /**
   * Sends one attempt of an operation, failing as the generated interface would: an error answer as the
   * {@link XErrorDecoder}'s exception, an I/O failure as a {@link RetryableException} carrying its cause.
   *
   * @param operation an operation it {@link #sends(Operation)}
   * @param arguments the prepared arguments
   * @return the answer
   */
  public ApiResponse<?> exchange(Operation operation, CallArguments arguments) {
    Plan plan = plan(operation);
    HttpUrl httpUrl = plan.url(arguments);
    String url = httpUrl.toString();
    if (transport.isClosed()) {
      throw ClientTransport.closed(prefix, operation.method(), url);
    }
    String auth = authorization.value();
    byte[] body = null;
    Object value = arguments.bodyValue();
    if (value != null && plan.writer != null) {
      try {
        body = plan.writer.writeValueAsBytes(value);
      } catch (IOException e) {
        throw new EncodeException(e.getMessage(), e);
      }
    }
    okhttp3.Request.Builder request = new okhttp3.Request.Builder().url(httpUrl)
        .header(AuthorizationInterceptor.AUTHORIZATION, auth);
    if (!plan.accept.isEmpty()) {
      request.header("Accept", plan.accept);
    }
    RequestBody requestBody = body != null ? RequestBody.create(body, JSON)
        : plan.needsBody ? RequestBody.create(NO_BYTES, null) : null;
    request.method(operation.method(), requestBody);
    OkHttpClient client = okHttp.client(options);
    okhttp3.Response response;
    try {
      response = okHttp.send(client, request.build());
    } catch (IOException e) {
      Request sent = feignRequest(operation, url, auth, plan, body);
      throw new RetryableException(-1, e.getMessage() + " executing " + operation.method() + " " + url,
          sent.httpMethod(), e, (Long) null, sent);
    }
    try {
      return answer(operation, plan, response, url, auth, body);
    } finally {
      response.close();
    }
  }

  private ApiResponse<?> answer(Operation operation, Plan plan, okhttp3.Response response, String url, String auth,
      byte[] body) {
    int status = response.code();
    ResponseBody responseBody = response.body();
    long length = responseBody.contentLength();
    Integer declared = length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null;
    if (status >= 200 && status < 300 && status != 204 && plan.json) {
      Object data = decoder.decodeJson(status, responseBody.byteStream(), declared, operation.responseType(),
          () -> feignRequest(operation, url, auth, plan, body));
      return new ApiResponse<>(status, new OkHttpHeaders(response.headers()), data);
    }
    // The rare answers (no content, no model, errors) are read exactly as the generated interface reads them.
    Request sent = feignRequest(operation, url, auth, plan, body);
    feign.Response answer = feign.Response.builder()
        .status(status)
        .reason(response.message())
        .request(sent)
        .headers(new OkHttpHeaders(response.headers()))
        .body(responseBody.byteStream(), declared)
        .build();
    if (status >= 200 && status < 300) {
      try {
        return new ApiResponse<>(status, answer.headers(), decoder.decode(answer, operation.responseType()));
      } catch (IOException e) {
        throw new XException(prefix + operation.endpoint() + " answered HTTP " + status + " with a body that could"
            + " not be read: " + e.getMessage(), e);
      }
    }
    Exception failure = errors.decode(operation.id(), answer);
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    throw new XException(failure.getMessage(), failure);
  }

  // The request as Feign would have sent it, for the failures that name or inspect it (the token a 401 rejected).
  private static Request feignRequest(Operation operation, String url, String auth, Plan plan, byte[] body) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put(AuthorizationInterceptor.AUTHORIZATION, List.of(auth));
    if (!plan.accept.isEmpty()) {
      headers.put("Accept", List.of(plan.accept));
    }
    if (body != null) {
      headers.put("Content-Type", List.of(JSON.toString()));
    }
    return Request.create(Request.HttpMethod.valueOf(operation.method()), url, headers, body,
        StandardCharsets.UTF_8, null);
  }

  private Plan plan(Operation operation) {
    Plan plan = plans.get(operation);
    if (plan == null) {
      plan = plans.computeIfAbsent(operation, o -> new Plan(o, mapper, base));
    }
    return plan;
  }

  /** What one operation's requests are built from, worked out once. */
  private static final class Plan {
    final boolean direct;
    final boolean json;
    final boolean needsBody;
    final String accept;
    final ObjectWriter writer;
    final String base;
    // The path split at its parameters: literal, parameter name, literal, ... (always odd in length).
    final String[] parts;
    // The whole URL of a path without parameters, parsed once, for the calls that send no query either.
    final HttpUrl fixed;

    Plan(Operation operation, ObjectMapper mapper, String base) {
      boolean plain = operation.consumes().isEmpty() || operation.consumes().equals("application/json");
      for (Operation.Parameter parameter : operation.parameters().values()) {
        if (parameter.location() == Operation.Location.FORM || parameter.location() == Operation.Location.HEADER) {
          plain = false;
        }
      }
      Class<?> type = operation.responseType();
      boolean binary = type == byte[].class || InputStream.class.isAssignableFrom(type)
          || File.class.isAssignableFrom(type) || operation.produces().contains("octet-stream");
      this.direct = plain && !binary && operation.invoker() != null;
      this.json = type != Void.class && type != void.class;
      this.needsBody = OkHttpTransport.requiresBody(operation.method());
      this.accept = operation.produces();
      this.writer = operation.requestType() == null ? null : mapper.writerFor(operation.requestType());
      this.base = base;
      this.parts = split(operation.path());
      this.fixed = parts.length == 1 ? HttpUrl.get(base + parts[0]) : null;
    }

    private static String[] split(String path) {
      List<String> parts = new ArrayList<>();
      int at = 0;
      while (true) {
        int open = path.indexOf('{', at);
        int close = open < 0 ? -1 : path.indexOf('}', open);
        if (close < 0) {
          parts.add(path.substring(at));
          return parts.toArray(new String[0]);
        }
        parts.add(path.substring(at, open));
        parts.add(path.substring(open + 1, close));
        at = close + 1;
      }
    }

    HttpUrl url(CallArguments arguments) {
      Map<String, Object> query = arguments.query(new LinkedHashMap<>());
      if (fixed != null && query.isEmpty()) {
        return fixed;
      }
      StringBuilder url = new StringBuilder(base.length() + 96).append(base);
      for (int i = 0; i < parts.length; i++) {
        if (i % 2 == 0) {
          url.append(parts[i]);
        } else {
          Object value = arguments.values().get(parts[i]);
          if (value != null) {
            url.append(CallArguments.encode(CallArguments.text(value)));
          }
        }
      }
      char separator = '?';
      for (Map.Entry<String, Object> value : query.entrySet()) {
        url.append(separator).append(value.getKey()).append('=').append(value.getValue());
        separator = '&';
      }
      return HttpUrl.get(url.toString());
    }
  }
}
