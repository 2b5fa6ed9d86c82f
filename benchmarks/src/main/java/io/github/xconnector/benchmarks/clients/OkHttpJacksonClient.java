package io.github.xconnector.benchmarks.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.CreatePostRequest;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.CreatePostResponse;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.SearchResponse;
import io.github.xconnector.benchmarks.clients.HandWrittenModels.UserResponse;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The practical limit: OkHttp with its defaults and Jackson reading straight from the response stream into
 * hand-written records. No retries, no validation, no logging: what a careful developer writes for three calls.
 */
final class OkHttpJacksonClient implements BenchmarkedClient {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = HandWrittenModels.mapper();
  private final HttpUrl base;
  private final String authorization;

  OkHttpJacksonClient(String baseUrl) {
    this.base = HttpUrl.get(baseUrl);
    this.authorization = "Bearer benchmark-token";
  }

  @Override
  public Object usersMe() throws IOException {
    HttpUrl url = base.newBuilder().addPathSegments("2/users/me").build();
    return call(new Request.Builder().url(url).header("Authorization", authorization).build(), UserResponse.class);
  }

  @Override
  public Object searchRecent() throws IOException {
    HttpUrl url = base.newBuilder().addPathSegments("2/tweets/search/recent")
        .addQueryParameter("query", "java").addQueryParameter("max_results", "10").build();
    return call(new Request.Builder().url(url).header("Authorization", authorization).build(), SearchResponse.class);
  }

  @Override
  public Object createPost() throws IOException {
    HttpUrl url = base.newBuilder().addPathSegments("2/tweets").build();
    RequestBody body = RequestBody.create(mapper.writeValueAsBytes(new CreatePostRequest("hello")), JSON);
    return call(new Request.Builder().url(url).header("Authorization", authorization).post(body).build(),
        CreatePostResponse.class);
  }

  private <T> T call(Request request, Class<T> type) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException(request.method() + " " + request.url().encodedPath() + " answered " + response.code());
      }
      return mapper.readValue(response.body().byteStream(), type);
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
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
