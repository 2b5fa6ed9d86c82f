package io.github.xconnector.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.function.Supplier;

/**
 * Decodes successful answers with Jackson. A success is never returned as nothing: an empty body, the JSON
 * {@code null} or a body that cannot be read becomes an {@link XIoException} saying X may have acted on the request.
 * A body cut off in transit, or missing, may come whole the next time, so a request that is safe to repeat is
 * repeated; a body that is not what the model says ({@link UnreadableBody}) would be the same again and is not.
 */
public final class XResponseDecoder implements Decoder {

  /** The largest JSON answer read unless the client says otherwise: many times X's largest page. */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 8L * 1024 * 1024;

  private final JsonBodyDecoder delegate;
  private final String prefix;

  /**
   * Creates the decoder.
   *
   * @param mapper the mapper models are read with
   * @param connectionName starts the message of each failure; may be {@code null}
   * @param maxResponseSize the longest JSON answer read, in bytes
   */
  public XResponseDecoder(ObjectMapper mapper, String connectionName, long maxResponseSize) {
    this.delegate = new JsonBodyDecoder(mapper, maxResponseSize);
    this.prefix = ConnectionNames.prefix(connectionName);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    try {
      return delegate.decode(response, type);
    } catch (IOException | FeignException e) {
      throw failure(response.status(), response.request(), e);
    }
  }

  /**
   * Reads a successful JSON answer's body, for the call path that sends on OkHttp itself.
   *
   * @param status the answer's status
   * @param body the body's bytes, closed when read
   * @param length the body's declared length, or {@code null}
   * @param bodyType the type to read
   * @param request the request, for the message of a failure
   * @return the value
   * @throws RetryableException when the body cannot be read, as {@link #decode} would throw it
   */
  Object decodeJson(int status, InputStream body, Integer length, Type bodyType, Supplier<Request> request) {
    try {
      return delegate.readJson(body, length, bodyType);
    } catch (IOException e) {
      throw failure(status, request.get(), e);
    }
  }

  private RetryableException failure(int status, Request request, Exception e) {
    if (e instanceof JsonBodyDecoder.EmptyBody) {
      return failure(status, request, " with " + e.getMessage() + " where a JSON object was expected", e, false);
    }
    JsonBodyDecoder.TooLarge tooLarge = tooLarge(e);
    if (tooLarge != null) {
      return failure(status, request, " with a body longer than " + tooLarge.limit() + " bytes, the client's limit;"
          + " it was not read further (raise XClient.Builder.maxResponseSize if X really sends such answers)", e,
          true);
    }
    if (!(e instanceof JsonProcessingException)) {
      return failure(status, request, " with a body that could not be read: " + e.getMessage(), e, false);
    }
    String message = ((JsonProcessingException) e).getOriginalMessage();
    if (endedEarly(e)) {
      return failure(status, request, " with a body that ended early: " + message, e, false);
    }
    return failure(status, request, " with a body that does not decode: " + message, e, true);
  }

  private static JsonBodyDecoder.TooLarge tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonBodyDecoder.TooLarge) {
        return (JsonBodyDecoder.TooLarge) t;
      }
    }
    return null;
  }

  // Cut off in transit (the whole answer may come next time), as opposed to a complete body of the wrong shape.
  private static boolean endedEarly(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonEOFException) {
        return true;
      }
    }
    return e.getMessage() != null && e.getMessage().contains("end-of-input");
  }

  private RetryableException failure(int status, Request request, String what, Exception cause, boolean permanent) {
    String operation = prefix + request.httpMethod() + " " + XErrorDecoder.pathOf(request.url());
    XIoException failure = new XIoException(operation + " answered HTTP " + status + what
        + ". X may have acted on the request.", true, cause);
    return permanent ? new UnreadableBody(status, request, failure)
        : new RetryableException(status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
  }

  /** A success whose body does not decode into the operation's model: sending the request again would not help. */
  static final class UnreadableBody extends RetryableException {
    private static final long serialVersionUID = 1L;

    UnreadableBody(int status, Request request, XIoException failure) {
      super(status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
    }
  }
}
