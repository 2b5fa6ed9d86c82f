package io.github.xconnector.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.FeignException;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Decodes successful answers with Jackson. A success is never returned as nothing: an empty body, the JSON
 * {@code null} or a body that cannot be read becomes an {@link XIoException} saying X may have acted on the request.
 * A body cut off in transit, or missing, may come whole the next time, so a request that is safe to repeat is
 * repeated; a body that is not what the model says ({@link UnreadableBody}) would be the same again and is not.
 */
public final class XResponseDecoder implements Decoder {

  /** The largest JSON answer read unless the client says otherwise: many times X's largest page. */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 8L * 1024 * 1024;

  private final Decoder delegate;
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
    } catch (JsonBodyDecoder.EmptyBody e) {
      throw failure(response, " with " + e.getMessage() + " where a JSON object was expected", e, false);
    } catch (IOException | FeignException e) {
      JsonBodyDecoder.TooLarge tooLarge = tooLarge(e);
      if (tooLarge != null) {
        throw failure(response, " with a body longer than " + tooLarge.limit() + " bytes, the client's limit; it was"
            + " not read further (raise XClient.Builder.maxResponseSize if X really sends such answers)", e, true);
      }
      if (!(e instanceof JsonProcessingException)) {
        throw failure(response, " with a body that could not be read: " + e.getMessage(), e, false);
      }
      String message = ((JsonProcessingException) e).getOriginalMessage();
      if (endedEarly(e)) {
        throw failure(response, " with a body that ended early: " + message, e, false);
      }
      throw failure(response, " with a body that does not decode: " + message, e, true);
    }
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

  private RetryableException failure(Response response, String what, Exception cause, boolean permanent) {
    String operation = prefix + response.request().httpMethod() + " " + XErrorDecoder.pathOf(response.request().url());
    XIoException failure = new XIoException(operation + " answered HTTP " + response.status() + what
        + ". X may have acted on the request.", true, cause);
    return permanent ? new UnreadableBody(response, failure)
        : new RetryableException(response.status(), failure.getMessage(), response.request().httpMethod(), failure,
            (Long) null, response.request());
  }

  /** A success whose body does not decode into the operation's model: sending the request again would not help. */
  static final class UnreadableBody extends RetryableException {
    private static final long serialVersionUID = 1L;

    UnreadableBody(Response response, XIoException failure) {
      super(response.status(), failure.getMessage(), response.request().httpMethod(), failure, (Long) null,
          response.request());
    }
  }
}
