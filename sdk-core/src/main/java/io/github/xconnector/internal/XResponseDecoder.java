package io.github.xconnector.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.FeignException;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Decodes successful answers with Jackson. A body that cannot be read (cut off, not JSON) becomes a retryable
 * failure: requests that are safe to repeat are repeated, others surface as {@link XIoException}.
 */
public final class XResponseDecoder implements Decoder {

  private final Decoder delegate;
  private final String prefix;

  /**
   * Creates the decoder.
   *
   * @param mapper the mapper models are read with
   * @param connectionName starts the message of each failure; may be {@code null}
   */
  public XResponseDecoder(ObjectMapper mapper, String connectionName) {
    this.delegate = new JsonBodyDecoder(mapper);
    this.prefix = ConnectionNames.prefix(connectionName);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    try {
      return delegate.decode(response, type);
    } catch (IOException | FeignException e) {
      String operation = prefix + response.request().httpMethod() + " "
          + XErrorDecoder.pathOf(response.request().url());
      XIoException failure = new XIoException(operation + " answered HTTP " + response.status()
          + " with a body that could not be read: " + e.getMessage(), true, e);
      throw new RetryableException(response.status(), failure.getMessage(), response.request().httpMethod(),
          failure, (Long) null, response.request());
    }
  }
}
