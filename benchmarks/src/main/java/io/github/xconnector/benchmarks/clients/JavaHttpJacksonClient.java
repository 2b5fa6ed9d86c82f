package io.github.xconnector.benchmarks.clients;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.CreatePostRequest;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.CreatePostResponse;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.SearchResponse;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.UserResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The JDK's own HTTP client with Jackson reading the response stream into hand-written records. It is set to HTTP/1.1:
 * over plain http it would otherwise try an h2c upgrade on every new connection, which the stub (like most proxies)
 * ignores.
 */
final class JavaHttpJacksonClient implements BenchmarkedClient {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper mapper = HandWrittenModels.mapper().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  private final String base;

  JavaHttpJacksonClient(String baseUrl) {
    this.base = baseUrl;
  }

  @Override
  public Object usersMe() throws IOException, InterruptedException {
    return call(request("/2/users/me").GET().build(), UserResponse.class);
  }

  @Override
  public Object searchRecent() throws IOException, InterruptedException {
    String query = "?query=" + URLEncoder.encode("java", StandardCharsets.UTF_8) + "&max_results=10";
    return call(request("/2/tweets/search/recent" + query).GET().build(), SearchResponse.class);
  }

  @Override
  public Object createPost() throws IOException, InterruptedException {
    byte[] body = mapper.writeValueAsBytes(new CreatePostRequest("hello"));
    return call(request("/2/tweets").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), CreatePostResponse.class);
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", "Bearer benchmark-token");
  }

  private <T> T call(HttpRequest request, Class<T> type) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw new IOException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode());
      }
      T value = mapper.readValue(body, type);
      // The JDK client reuses a connection only when the body was read to its end before closing.
      body.transferTo(OutputStream.nullOutputStream());
      return value;
    }
  }

  @Override
  public int postCount(Object searchAnswer) {
    return ((SearchResponse) searchAnswer).data().size();
  }

  @Override
  public String firstAuthorUsername(Object searchAnswer) {
    return HandWrittenModels.firstAuthorUsername((SearchResponse) searchAnswer);
  }

  @Override
  public void close() {
    // java.net.http.HttpClient closes its connections when it is collected (Java 17 has no close()).
  }
}
