package io.github.xconnector.benchmarks.experiments;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.Decoder;
import io.github.xconnector.generated.invoker.ApiResponseDecoder;
import io.github.xconnector.generated.model.ApiResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A proposed replacement for the decoding path of the SDK's {@code XResponseDecoder}: Jackson reads the response
 * bytes directly, through one cached {@link ObjectReader} per return type.
 *
 * <p>Feign's {@code JacksonDecoder}, which the generated {@code ApiResponseDecoder} extends, wraps the body in an
 * {@code InputStreamReader} (an 8 KiB buffer per call) and a one-character {@code BufferedReader}, so Jackson uses its
 * slower character parser; and it resolves the Java type through the type factory on every call. Binary return types
 * are still handed to the generated decoder.
 */
public final class ByteStreamDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final Decoder binary;
  private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  /**
   * Creates the decoder.
   *
   * @param mapper the SDK's mapper
   */
  public ByteStreamDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
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
    if (File.class.isAssignableFrom(raw) || byte[].class == raw || InputStream.class.isAssignableFrom(raw)) {
      return binary.decode(response, type);
    }
    if (response.status() == 204 || response.status() == 404) {
      return Util.emptyValueOf(type);
    }
    if (response.body() == null) {
      return null;
    }
    ObjectReader reader = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    try (InputStream in = response.body().asInputStream(); JsonParser parser = mapper.createParser(in)) {
      // An empty body decodes to null, as with Feign's decoder.
      return parser.nextToken() == null ? null : reader.readValue(parser);
    }
  }
}
