package io.github.xconnector.media;

import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;

/**
 * Sends a {@link MultipartBody} as it is, and hands every other body to the client's usual encoder.
 *
 * <p>Media bytes bypass the general form encoder on purpose: it copies each part into a growing buffer and then
 * copies that again, about four times a segment's size, which a 512 MiB upload in a small heap cannot afford.
 */
public final class MultipartBodyEncoder implements Encoder {

  private static final String CONTENT_TYPE = "Content-Type";

  private final Encoder delegate;

  /**
   * Wraps the client's encoder.
   *
   * @param delegate encodes every body that is not a {@link MultipartBody}
   */
  public MultipartBodyEncoder(Encoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) throws EncodeException {
    if (object instanceof MultipartBody) {
      MultipartBody body = (MultipartBody) object;
      template.removeHeader(CONTENT_TYPE);
      template.header(CONTENT_TYPE, body.contentType());
      // A null charset marks the body as binary, so loggers do not print it as text.
      template.body(body.bytes(), null);
      return;
    }
    delegate.encode(object, bodyType, template);
  }
}
