package io.github.xconnector.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.Decoder;
import io.github.xconnector.generated.invoker.ApiResponseDecoder;
import io.github.xconnector.generated.model.ApiResponse;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads JSON answers from the response bytes through one cached {@link ObjectReader} per return type, with the
 * results of the generated decoder: {@link ApiResponse} wrapping, empty values for 204 and 404, binary types as is.
 *
 * <p>The generated decoder (Feign's {@code JacksonDecoder}) reads through an {@code InputStreamReader} with an 8 KiB
 * buffer per call, so Jackson falls back to its slower character parser, and it resolves the Java type on every
 * call; both were among the largest allocations per call (docs/PERFORMANCE.md). Binary types still go to it, but an
 * {@link InputStream} is the open body itself, for the interfaces of {@link OpenBodyApi}.
 */
final class JsonBodyDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final long maxBytes;
  private final Decoder binary;
  private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  JsonBodyDecoder(ObjectMapper mapper, long maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
    this.binary = new ApiResponseDecoder(mapper);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type instanceof ParameterizedType && Types.getRawType(type) == ApiResponse.class) {
      Type bodyType = ((ParameterizedType) type).getActualTypeArguments()[0];
      return new ApiResponse<>(response.status(), Collections.unmodifiableMap(response.headers()),
          body(response, bodyType));
    }
    return body(response, type);
  }

  private Object body(Response response, Type type) throws IOException {
    Class<?> raw = Types.getRawType(type);
    if (raw == InputStream.class) {
      // Streamed to the caller, who closes it (OpenBodyApi): nothing is read here.
      return response.body() == null ? InputStream.nullInputStream() : response.body().asInputStream();
    }
    if (File.class.isAssignableFrom(raw) || byte[].class == raw || InputStream.class.isAssignableFrom(raw)) {
      return binary.decode(response, type);
    }
    if (response.status() == 204 || response.status() == 404) {
      return Util.emptyValueOf(type);
    }
    if (raw == Void.class || raw == void.class) {
      // Only the status counts (a media segment's acknowledgement).
      return null;
    }
    if (response.body() == null) {
      throw new EmptyBody("no body");
    }
    return readJson(response.body().asInputStream(), response.body().length(), type);
  }

  /**
   * Reads a JSON answer's body into the type, within the size limit, keeping its bytes for a capture in progress.
   *
   * @param body the body's bytes, closed when read
   * @param length the body's declared length, or {@code null}
   * @param type the type to read
   * @return the value
   * @throws IOException when the body cannot be read, is empty, too long or not one JSON value of the type
   */
  Object readJson(InputStream body, Integer length, Type type) throws IOException {
    if (length != null && length > maxBytes) {
      body.close();
      throw new TooLarge(maxBytes);
    }
    ObjectReader reader = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    if (ExchangeCapture.active()) {
      // The caller asked for the raw answer too: read the bytes once, keep them, and decode from them.
      byte[] bytes;
      try (InputStream in = body) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw new TooLarge(maxBytes);
      }
      ExchangeCapture.body(bytes);
      try (JsonParser parser = mapper.createParser(bytes)) {
        return read(parser, reader);
      }
    }
    try (InputStream in = new Bounded(body, maxBytes);
        JsonParser parser = mapper.createParser(in)) {
      return read(parser, reader);
    }
  }

  // Exactly one JSON value that is not null: a success without a body would come back as nothing, and text after
  // the value means the body is not what it claims to be.
  private static Object read(JsonParser parser, ObjectReader reader) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new EmptyBody("an empty body");
    }
    if (first == JsonToken.VALUE_NULL) {
      throw new EmptyBody("the JSON null as its body");
    }
    Object value = reader.readValue(parser);
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "a JSON value followed by more text");
    }
    return value;
  }

  /** A success whose body holds nothing to decode. */
  static final class EmptyBody extends IOException {
    private static final long serialVersionUID = 1L;

    EmptyBody(String what) {
      super(what);
    }
  }

  /** An answer longer than the client's limit: not read further, and not requested again. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLarge(long limit) {
      super("a body longer than the client's limit of " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  // Counts what the parser reads and stops at the limit, whatever the headers said.
  private static final class Bounded extends FilterInputStream {
    private long left;
    private final long limit;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge(limit);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        left -= n;
        if (left < 0) {
          throw new TooLarge(limit);
        }
      }
      return n;
    }
  }
}
