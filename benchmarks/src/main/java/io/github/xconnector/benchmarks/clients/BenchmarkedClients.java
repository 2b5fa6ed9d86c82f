package io.github.xconnector.benchmarks.clients;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/** Names and builds the benchmarked clients. */
public final class BenchmarkedClients {

  /** This SDK with every default, the transport included. */
  public static final String SDK = "sdk";
  /** This SDK with an explicitly given OkHttp transport. */
  public static final String SDK_OKHTTP = "sdk-okhttp";
  /** This SDK on java.net.http through feign-java11, forced to HTTP/1.1. */
  public static final String SDK_JAVA11 = "sdk-java11";
  /** This SDK on HttpURLConnection, Feign's built-in client. */
  public static final String SDK_URLCONNECTION = "sdk-urlconnection";
  /** The practical limit: OkHttp and Jackson with hand-written records. */
  public static final String LIMIT = "okhttp-jackson";
  /** java.net.http and Jackson with hand-written records. */
  public static final String JAVA_HTTP = "javahttp-jackson";
  /** The official X Java SDK 2.0.3. */
  public static final String OFFICIAL = "official-sdk";
  /** This SDK on feign-okhttp over an OkHttp client whose timeouts and redirects equal the SDK's request options. */
  public static final String SDK_OKHTTP_MATCHED = "sdk-okhttp-matched";

  /** Every client, in the order of the result tables. */
  public static final List<String> ALL = List.of(SDK, SDK_OKHTTP, SDK_JAVA11, SDK_URLCONNECTION, LIMIT, JAVA_HTTP,
      OFFICIAL);

  /** What a run measures unless told otherwise: the comparison and the closest alternative to the default transport. */
  public static final List<String> DEFAULT_RUN = java.util.stream.Stream.concat(ALL.stream(),
      java.util.stream.Stream.of(SDK_OKHTTP_MATCHED)).collect(java.util.stream.Collectors.toUnmodifiableList());

  private BenchmarkedClients() {
  }

  /**
   * Builds a client.
   *
   * @param name one of {@link #DEFAULT_RUN}
   * @param baseUrl the stub's URL
   * @return the client
   */
  public static BenchmarkedClient create(String name, String baseUrl) {
    switch (name) {
      case SDK:
        return new SdkClient(baseUrl, null);
      case SDK_OKHTTP:
        return new SdkClient(baseUrl, new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient()));
      case SDK_JAVA11:
        // Over plain http the JDK client would otherwise try an h2c upgrade on every new connection.
        return new SdkClient(baseUrl, new feign.http2client.Http2Client(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()));
      case SDK_URLCONNECTION:
        return new SdkClient(baseUrl, new feign.Client.Default(null, null));
      case LIMIT:
        return new OkHttpJacksonClient(baseUrl);
      case JAVA_HTTP:
        return new JavaHttpJacksonClient(baseUrl);
      case OFFICIAL:
        return new OfficialSdkClient(baseUrl);
      case SDK_OKHTTP_MATCHED:
        // feign-okhttp builds a new OkHttpClient for every call whose options differ from its delegate's; these equal
        // the SDK's defaults (connect 10 s, read 60 s, no redirects), so the delegate is used as is.
        return new SdkClient(baseUrl, new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60)).followRedirects(false).build()));
      default:
        throw new IllegalArgumentException("Unknown client '" + name + "'; known: "
            + String.join(", ", DEFAULT_RUN));
    }
  }
}
