package io.github.xconnector.benchmarks.coldstart;

import io.github.xconnector.benchmarks.ChildJvm;
import io.github.xconnector.benchmarks.StubServer;
import io.github.xconnector.benchmarks.clients.BenchmarkedClient;
import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures, for each client, the time from JVM start to the first parsed answer, in fresh JVMs. The clients take
 * turns, so a burst of load on the machine spreads over all of them instead of hitting one.
 */
public final class ColdStartComparison {

  private ColdStartComparison() {
  }

  /**
   * The runs of one client.
   *
   * @param client the client's name
   * @param fromJvmStartMillis each run's time from JVM start to the parsed answer
   * @param fromMainMillis each run's time from {@code main} to the parsed answer
   * @param buildMillis each run's time from {@code main} to the built client
   * @param failure why a run failed, or {@code null}
   */
  public record Result(String client, double[] fromJvmStartMillis, double[] fromMainMillis, double[] buildMillis,
      String failure) {

    /** @return the median time from JVM start, in milliseconds */
    public double medianFromJvmStart() {
      return median(fromJvmStartMillis);
    }

    /** @return the median time from {@code main}, in milliseconds */
    public double medianFromMain() {
      return median(fromMainMillis);
    }

    /** @return the median time to build the client, in milliseconds */
    public double medianBuild() {
      return median(buildMillis);
    }

    /** @return the smallest and largest time from JVM start, in milliseconds */
    public double[] rangeFromJvmStart() {
      double[] sorted = fromJvmStartMillis.clone();
      Arrays.sort(sorted);
      return sorted.length == 0 ? new double[] {Double.NaN, Double.NaN}
          : new double[] {sorted[0], sorted[sorted.length - 1]};
    }

    private static double median(double[] values) {
      if (values.length == 0) {
        return Double.NaN;
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param clients the clients to start
   * @param runs how many fresh JVMs per client
   * @return the results, in the order of {@code clients}
   */
  public static List<Result> run(List<String> clients, int runs) throws Exception {
    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    clients.forEach(client -> samples.put(client, new ArrayList<>()));
    try (StubServer stub = StubServer.start()) {
      warm(stub);
      for (int run = 0; run < runs; run++) {
        for (String client : clients) {
          ChildJvm.Outcome outcome = ChildJvm.run(List.of(), ColdStartRun.class, "COLD_START", 120, client,
              stub.baseUrl());
          if (outcome.succeeded()) {
            String[] parts = outcome.markedLine().split(" ");
            samples.get(client).add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2])});
          } else {
            failures.putIfAbsent(client, outcome.failure());
          }
          System.out.printf("cold start %-18s run %d: %s%n", client, run + 1,
              outcome.succeeded() ? outcome.markedLine() + " ms" : outcome.failure());
        }
      }
    }
    List<Result> results = new ArrayList<>();
    samples.forEach((client, list) -> results.add(new Result(client,
        list.stream().mapToDouble(s -> s[0]).toArray(), list.stream().mapToDouble(s -> s[1]).toArray(),
        list.stream().mapToDouble(s -> s[2]).toArray(), failures.get(client))));
    return results;
  }

  // The stub's own code must be compiled before the first client arrives, or its warm-up is charged to that client.
  private static void warm(StubServer stub) throws Exception {
    try (BenchmarkedClient client = BenchmarkedClients.create(BenchmarkedClients.LIMIT, stub.baseUrl())) {
      for (int i = 0; i < 2000; i++) {
        client.usersMe();
      }
    }
  }
}
