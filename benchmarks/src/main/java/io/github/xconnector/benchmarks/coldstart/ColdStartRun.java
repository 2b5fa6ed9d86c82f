package io.github.xconnector.benchmarks.coldstart;

import io.github.xconnector.benchmarks.clients.BenchmarkedClient;
import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import java.lang.management.ManagementFactory;

/**
 * The first call of a fresh JVM: builds one client, calls {@code GET /2/users/me} once and prints
 * {@code COLD_START <ms from JVM start> <ms from main> <ms to build the client>} once the answer is parsed.
 *
 * <p>Usage: {@code ColdStartRun <client> <baseUrl>}. The JVM's start time is read only after the answer, so reading it
 * costs the measurement nothing.
 */
public final class ColdStartRun {

  private ColdStartRun() {
  }

  /**
   * Runs the first call.
   *
   * @param args the client's name and the stub's URL
   */
  public static void main(String[] args) throws Exception {
    long mainStarted = System.nanoTime();
    BenchmarkedClient client = BenchmarkedClients.create(args[0], args[1]);
    long built = System.nanoTime();
    Object answer = client.usersMe();
    long answeredNanos = System.nanoTime();
    long answeredMillis = System.currentTimeMillis();
    client.close();
    if (answer == null) {
      throw new IllegalStateException("users/me returned nothing");
    }
    long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("COLD_START " + (answeredMillis - jvmStarted) + " "
        + (answeredNanos - mainStarted) / 1_000_000.0 + " " + (built - mainStarted) / 1_000_000.0);
    System.exit(0);
  }
}
