package io.github.xconnector.benchmarks.experiments;

import io.github.xconnector.benchmarks.clients.BenchmarkedClient;
import io.github.xconnector.benchmarks.clients.SdkClients;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Variants of the SDK with one proposed change each, measured beside the SDK to show what the change gains. None of
 * them is how the SDK ships today.
 */
public final class ExperimentalClients {

  /** The SDK on an OkHttp client whose timeouts and redirect setting equal the SDK's request options. */
  public static final String SDK_OKHTTP_MATCHED = "sdk-okhttp-matched";
  /** The SDK on the lean OkHttp transport, through the public transport option. */
  public static final String SDK_LEAN_TRANSPORT = "sdk-lean-transport";
  /** The SDK's Feign assembly rebuilt outside {@code XClient}, unchanged: must measure like {@code sdk}. */
  public static final String REPLICA = "replica-sdk";
  /** The rebuilt assembly with every proposed change: lean transport, byte-stream decoder, contract, header. */
  public static final String REPLICA_FIXED = "replica-fixed";
  /** Prefix of a rebuilt assembly with chosen changes, for example {@code replica+decoder+contract}. */
  public static final String REPLICA_WITH = "replica+";

  /** Every experiment, in table order. */
  public static final List<String> ALL = List.of(SDK_OKHTTP_MATCHED, SDK_LEAN_TRANSPORT, REPLICA, REPLICA_FIXED);

  private static final Set<String> FIXES = Set.of("transport", "decoder", "contract", "header");

  private ExperimentalClients() {
  }

  /**
   * Builds an experimental client.
   *
   * @param name one of {@link #ALL}
   * @param baseUrl the stub's URL
   * @return the client, or empty for an unknown name
   */
  public static Optional<BenchmarkedClient> create(String name, String baseUrl) {
    switch (name) {
      case SDK_OKHTTP_MATCHED:
        return Optional.of(SdkClients.sdk(baseUrl, matchedOkHttp()));
      case SDK_LEAN_TRANSPORT:
        return Optional.of(SdkClients.sdk(baseUrl, new LeanOkHttpTransport(new okhttp3.OkHttpClient())));
      case REPLICA:
        return Optional.of(new FeignReplicaClient(baseUrl, Set.of()));
      case REPLICA_FIXED:
        return Optional.of(new FeignReplicaClient(baseUrl, FIXES));
      default:
        if (name.startsWith(REPLICA_WITH)) {
          Set<String> fixes = Set.of(name.substring(REPLICA_WITH.length()).split("\\+"));
          if (!FIXES.containsAll(fixes)) {
            throw new IllegalArgumentException("Unknown change in '" + name + "'; known: " + FIXES);
          }
          return Optional.of(new FeignReplicaClient(baseUrl, fixes));
        }
        return Optional.empty();
    }
  }

  // feign-okhttp builds a new OkHttpClient for every call whose options differ from its delegate's; these match the
  // SDK's defaults (connect 10 s, read 60 s, no redirects), so the delegate is used as is.
  private static feign.Client matchedOkHttp() {
    return new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(60)).followRedirects(false).build());
  }
}
