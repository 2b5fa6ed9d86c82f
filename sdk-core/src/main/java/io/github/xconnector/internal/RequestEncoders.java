package io.github.xconnector.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.codec.Encoder;
import feign.form.ContentType;
import feign.form.FormEncoder;
import feign.form.MultipartFormContentProcessor;
import feign.form.multipart.Output;
import feign.form.multipart.SingleParameterWriter;
import feign.jackson.JacksonEncoder;

/** Builds the encoder of request bodies: JSON with the client's mapper, and multipart forms for media. */
public final class RequestEncoders {

  private RequestEncoders() {
  }

  /**
   * Creates the encoder.
   *
   * @param mapper writes JSON bodies
   * @return an encoder for JSON and multipart bodies
   */
  public static Encoder create(ObjectMapper mapper) {
    FormEncoder encoder = new FormEncoder(new JacksonEncoder(mapper));
    ((MultipartFormContentProcessor) encoder.getContentProcessor(ContentType.MULTIPART))
        .addFirstWriter(new EnumPartWriter());
    return encoder;
  }

  /**
   * Writes an enum form part (such as {@code media_category}) as its wire value. Without it feign-form treats the
   * enum as a bean and sends its private field as a part named {@code value}.
   */
  private static final class EnumPartWriter extends SingleParameterWriter {

    @Override
    public boolean isApplicable(Object value) {
      return value instanceof Enum;
    }

    @Override
    protected void write(Output output, String key, Object value) {
      // Generated enums answer their wire value from toString().
      super.write(output, key, value.toString());
    }
  }
}
