package io.github.xconnector.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.NotFoundException;
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.UnauthorizedException;
import io.github.xconnector.errors.UnexpectedStatusException;
import io.github.xconnector.errors.XError;
import io.github.xconnector.errors.XServiceException;
import io.github.xconnector.transport.RateLimit;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns every error answer of X into one exception of the {@code XServiceException} family, in one place.
 *
 * <p>It reads both of X's body formats (problem JSON and {@code {"errors":[{code,message}]}}) and bodies that are not
 * JSON at all. A 401 to a request that carried a token comes back as a {@link ReauthenticationSignal}, so that the
 * call may refresh once; whether any failure is repeated is decided by {@link Attempts} alone.
 */
public final class XErrorDecoder implements ErrorDecoder {

  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final TypeReference<Map<String, Object>> MEMBERS = new TypeReference<>() { };

  private final ObjectMapper mapper;
  private final Clock clock;
  private final String connectionName;

  /**
   * Creates the decoder.
   *
   * @param mapper reads error bodies
   * @param clock turns {@code Retry-After} seconds into an instant
   * @param connectionName prefixes every message, so logs say which connection failed; may be {@code null}
   */
  public XErrorDecoder(ObjectMapper mapper, Clock clock, String connectionName) {
    this.mapper = mapper;
    this.clock = clock;
    this.connectionName = connectionName;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Request request = response.request();
    String operation = ConnectionNames.prefix(connectionName)
        + request.httpMethod() + " " + pathOf(request.url());
    Map<String, List<String>> headers = copyHeaders(response.headers());
    int status = response.status();
    List<XError> errors = new ArrayList<>();
    XError problem = readBody(response, errors);
    XServiceException failure = forStatus(operation, status, problem, errors, headers);
    if (failure instanceof UnauthorizedException) {
      String sentToken = AuthorizationInterceptor.tokenOf(request);
      if (sentToken != null) {
        return new ReauthenticationSignal(failure, sentToken, request);
      }
    }
    return failure;
  }

  private XServiceException forStatus(String operation, int status, XError problem, List<XError> errors,
      Map<String, List<String>> headers) {
    switch (status) {
      case 400:
        return new BadRequestException(operation, status, problem, errors, headers);
      case 401:
        return new UnauthorizedException(operation, status, problem, errors, headers);
      case 403:
        return new ForbiddenException(operation, status, problem, errors, headers);
      case 404:
        return new NotFoundException(operation, status, problem, errors, headers);
      case 429:
        boolean capped = problem.problemType() == ProblemType.USAGE_CAPPED
            || errors.stream().anyMatch(e -> e.problemType() == ProblemType.USAGE_CAPPED);
        return new RateLimitException(operation, status, problem, errors, headers, capped ? null : retryAt(headers));
      default:
        if (status >= 500 && status <= 599) {
          return new ServerException(operation, status, problem, errors, headers);
        }
        return new UnexpectedStatusException(operation, status, problem, errors, headers);
    }
  }

  private XError readBody(Response response, List<XError> errors) {
    if (response.body() == null) {
      return XError.fromMembers(Map.of());
    }
    byte[] bytes;
    try (InputStream in = response.body().asInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES);
    } catch (IOException e) {
      return XError.fromMembers(Map.of("detail", "The error body could not be read: " + e.getMessage()));
    }
    JsonNode root;
    try {
      root = mapper.readTree(bytes);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
      return XError.fromMembers(text.isEmpty() ? Map.of() : Map.of("detail", abbreviate(text)));
    }
    Map<String, Object> members = mapper.convertValue(root, MEMBERS);
    Object list = members.remove("errors");
    if (list instanceof Collection) {
      for (Object entry : (Collection<?>) list) {
        if (entry instanceof Map) {
          errors.add(XError.fromMembers(stringKeys((Map<?, ?>) entry)));
        }
      }
    }
    return XError.fromMembers(members);
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  // Longer than any wait a policy allows; keeps the arithmetic of absurd values in range.
  private static final long MAX_RETRY_AFTER_SECONDS = 366L * 24 * 3600;
  // IMF-fixdate and RFC 850 (two-digit years, read as X would mean them) and asctime, as HTTP requires of recipients.
  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970).appendPattern(" HH:mm:ss zzz")
          .toFormatter(Locale.US),
      new DateTimeFormatterBuilder().appendPattern("EEE MMM").appendLiteral(' ').padNext(2)
          .appendValue(ChronoField.DAY_OF_MONTH).appendPattern(" HH:mm:ss yyyy")
          .toFormatter(Locale.US).withZone(ZoneOffset.UTC));

  // Retry-After as seconds or as an HTTP date in any of the three forms HTTP allows; else the reset of the window X
  // reports exhausted, the latest one when several are (a 24-hour window outlasts the 15-minute one); else the
  // endpoint window's reset. Values out of any sensible range are clamped, never thrown.
  private Instant retryAt(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if ("retry-after".equals(header.getKey()) && !header.getValue().isEmpty()) {
        Instant at = retryAfter(header.getValue().get(0).trim());
        if (at != null) {
          return at;
        }
      }
    }
    RateLimit limits = RateLimit.fromHeaders(headers);
    Instant exhausted = null;
    for (Optional<RateLimit.Window> window : List.of(limits.endpoint(), limits.userDaily(), limits.appDaily())) {
      Instant reset = window.filter(w -> w.remaining() == 0).flatMap(RateLimit.Window::resetAt).orElse(null);
      if (reset != null && (exhausted == null || reset.isAfter(exhausted))) {
        exhausted = reset;
      }
    }
    return exhausted != null ? exhausted : limits.endpoint().flatMap(RateLimit.Window::resetAt).orElse(null);
  }

  private Instant retryAfter(String value) {
    try {
      long seconds = Long.parseLong(value);
      return clock.instant().plusSeconds(Math.max(0, Math.min(seconds, MAX_RETRY_AFTER_SECONDS)));
    } catch (NumberFormatException notSeconds) {
      for (DateTimeFormatter form : HTTP_DATES) {
        try {
          return ZonedDateTime.parse(value, form).toInstant();
        } catch (RuntimeException notThisForm) {
          // Try the next form.
        }
      }
      return null;
    }
  }

  private static Map<String, List<String>> copyHeaders(Map<String, Collection<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>();
    headers.forEach((name, values) -> {
      if (name != null && !"set-cookie".equalsIgnoreCase(name)) {
        copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
      }
    });
    return copy;
  }

  static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    String path = slash < 0 ? "/" : url.substring(slash);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
