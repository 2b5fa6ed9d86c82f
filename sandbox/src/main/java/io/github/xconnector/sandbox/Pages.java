package io.github.xconnector.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts ordered results into pages with opaque {@code next_token}s.
 *
 * <p>A token remembers the position and the id of the last item handed out. If the list changed in between (a post
 * was deleted or created), the walk resumes after that item rather than at a stale offset.
 */
final class Pages {

  private static final String PREFIX = "xsandbox-cursor:";

  private Pages() {}

  /** One page of results and the token for the next, or null on the last page. */
  record Slice<T>(List<T> items, String nextToken) {}

  static <T> Slice<T> slice(List<T> ordered, int maxResults, String token, Function<T, String> idOf) {
    int start = token == null ? 0 : resume(ordered, token, idOf);
    int end = Math.min(ordered.size(), start + maxResults);
    List<T> items = List.copyOf(ordered.subList(Math.min(start, end), end));
    String next = end < ordered.size() && !items.isEmpty() ? encode(end, idOf.apply(items.get(items.size() - 1)))
        : null;
    return new Slice<>(items, next);
  }

  /** The continuation token of a call: {@code pagination_token}, or {@code next_token} on search. */
  static String token(Call call) {
    String token = call.query("pagination_token");
    return token != null ? token : call.query("next_token");
  }

  private static <T> int resume(List<T> ordered, String token, Function<T, String> idOf) {
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    String[] parts = decoded.startsWith(PREFIX) ? decoded.substring(PREFIX.length()).split(":", 2) : new String[0];
    if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}")) {
      throw Problems.invalidParameter("pagination_token", token,
          "The `pagination_token` query parameter value [" + token + "] is not valid: use the next_token of the"
              + " previous page.");
    }
    int offset = Integer.parseInt(parts[0]);
    String lastId = parts[1];
    if (offset > 0 && offset <= ordered.size() && idOf.apply(ordered.get(offset - 1)).equals(lastId)) {
      return offset;
    }
    for (int i = 0; i < ordered.size(); i++) {
      if (idOf.apply(ordered.get(i)).equals(lastId)) {
        return i + 1;
      }
    }
    return Math.min(offset, ordered.size());
  }

  private static String encode(int offset, String lastId) {
    String raw = PREFIX + offset + ":" + lastId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }
}
