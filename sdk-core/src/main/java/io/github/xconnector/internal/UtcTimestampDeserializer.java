package io.github.xconnector.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads X's timestamps ({@code 2026-01-15T12:00:00.000Z}) straight from the parser's characters, and hands every
 * other form to Jackson's own {@code OffsetDateTime} deserializer.
 *
 * <p>Jackson parses each timestamp with a {@code DateTimeFormatter}, which allocates maps and copies of its parse
 * state: about a fifth of the memory a page of recent search took (docs/PERFORMANCE.md). X always sends UTC with
 * a fixed layout, which needs none of that.
 */
final class UtcTimestampDeserializer extends StdDeserializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;
  // yyyy-MM-ddTHH:mm:ssZ
  private static final int SHORTEST = 20;

  private final JsonDeserializer<OffsetDateTime> fallback;

  UtcTimestampDeserializer() {
    this(InstantDeserializer.OFFSET_DATE_TIME);
  }

  private UtcTimestampDeserializer(JsonDeserializer<OffsetDateTime> fallback) {
    super(OffsetDateTime.class);
    this.fallback = fallback;
  }

  @Override
  public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      OffsetDateTime parsed = parseUtc(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (parsed != null) {
        return parsed;
      }
    }
    return fallback.deserialize(parser, context);
  }

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}.
   *
   * @return the time, or {@code null} when the text has another form or is not a valid time
   */
  static OffsetDateTime parseUtc(char[] text, int offset, int length) {
    if (length < SHORTEST || length > SHORTEST + 10 || text[offset + length - 1] != 'Z'
        || text[offset + 4] != '-' || text[offset + 7] != '-' || text[offset + 10] != 'T'
        || text[offset + 13] != ':' || text[offset + 16] != ':') {
      return null;
    }
    int nanos = 0;
    int fractionDigits = length - SHORTEST - 1;
    if (fractionDigits >= 0) {
      if (fractionDigits == 0 || text[offset + 19] != '.') {
        return null;
      }
      int fraction = digits(text, offset + 20, fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    int hour = digits(text, offset + 11, 2);
    int minute = digits(text, offset + 14, 2);
    int second = digits(text, offset + 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
    } catch (DateTimeException invalid) {
      // Let Jackson's deserializer report it in its usual words.
      return null;
    }
  }

  private static int digits(char[] text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
