package io.github.xconnector.benchmarks.clients;

import feign.Client;

/** Builds the SDK's benchmarked client for other packages. */
public final class SdkClients {

  private SdkClients() {
  }

  /**
   * Builds the SDK with a given transport.
   *
   * @param baseUrl the stub's URL
   * @param transport the transport, or {@code null} for the SDK's default
   * @return the client
   */
  public static BenchmarkedClient sdk(String baseUrl, Client transport) {
    return new SdkClient(baseUrl, transport);
  }
}
