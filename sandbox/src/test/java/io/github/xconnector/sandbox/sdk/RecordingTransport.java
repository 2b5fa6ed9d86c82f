package io.github.xconnector.sandbox.sdk;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transport that sends through the SDK's real one and remembers every exchange: what the sandbox received (method,
 * path, every {@code Authorization} value) and the status it answered, or -1 when the exchange failed.
 */
final class RecordingTransport implements Client {

  /** One request as it went over the wire. */
  record Exchange(String method, String path, List<String> authorizations, int status) {

    /** Returns the single bearer token the request carried; fails when it carried none or several. */
    String bearerToken() {
      if (authorizations.size() != 1 || !authorizations.get(0).startsWith("Bearer ")) {
        throw new AssertionError(method + " " + path + " carried " + authorizations.size()
            + " Authorization headers, expected exactly one Bearer");
      }
      return authorizations.get(0).substring("Bearer ".length());
    }

    @Override
    public String toString() {
      // Tokens stay out of assertion messages.
      return method + " " + path + " -> " + status + " (" + authorizations.size() + " Authorization)";
    }
  }

  private final Client delegate;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  RecordingTransport(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    String path = pathOf(request.url());
    List<String> authorizations = authorizations(request.headers());
    try {
      Response response = delegate.execute(request, options);
      exchanges.add(new Exchange(request.httpMethod().name(), path, authorizations, response.status()));
      return response;
    } catch (IOException | RuntimeException e) {
      exchanges.add(new Exchange(request.httpMethod().name(), path, authorizations, -1));
      throw e;
    }
  }

  /** Returns every exchange so far, oldest first. */
  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** Returns the exchanges of one endpoint, named as {@code "GET /2/users/me"}, oldest first. */
  List<Exchange> exchanges(String endpoint) {
    return exchanges.stream().filter(e -> (e.method() + " " + e.path()).equals(endpoint)).toList();
  }

  /** Forgets the exchanges so far. */
  void clear() {
    exchanges.clear();
  }

  private static List<String> authorizations(Map<String, Collection<String>> headers) {
    List<String> values = new ArrayList<>();
    headers.forEach((name, list) -> {
      if ("authorization".equalsIgnoreCase(name)) {
        values.addAll(list);
      }
    });
    return values;
  }

  private static String pathOf(String url) {
    String path = url.substring(url.indexOf('/', url.indexOf("://") + 3));
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
