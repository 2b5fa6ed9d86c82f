package io.github.xconnector.benchmarks;

import io.github.xconnector.benchmarks.clients.BenchmarkedClient;
import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three calls, per client, against a stub server started in the same JVM for each trial. One client instance
 * serves every benchmark thread, as one client serves a whole service. The settings here are the defaults of a direct
 * JMH run; {@link BenchmarkMain} sets modes and thread counts per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ApiCallBenchmark {

  /** Which client to measure; see {@link BenchmarkedClients#ALL}. */
  @Param({BenchmarkedClients.SDK, BenchmarkedClients.SDK_OKHTTP, BenchmarkedClients.SDK_JAVA11,
      BenchmarkedClients.SDK_URLCONNECTION, BenchmarkedClients.LIMIT, BenchmarkedClients.JAVA_HTTP,
      BenchmarkedClients.OFFICIAL})
  public String client;

  private StubServer stub;
  private BenchmarkedClient calls;

  /** Starts the stub, builds the client and checks once that it reads complete answers. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    stub = StubServer.start();
    calls = BenchmarkedClients.create(client, stub.baseUrl());
    AnswerCheck.check(calls);
  }

  /** Stops the client and the stub. */
  @TearDown(Level.Trial)
  public void stop() {
    calls.close();
    stub.close();
  }

  /** @return the parsed answer of {@code GET /2/users/me} */
  @Benchmark
  public Object usersMe() throws Exception {
    return calls.usersMe();
  }

  /** @return the parsed first page of {@code GET /2/tweets/search/recent} */
  @Benchmark
  public Object searchRecent() throws Exception {
    return calls.searchRecent();
  }

  /** @return the parsed answer of {@code POST /2/tweets} */
  @Benchmark
  public Object createPost() throws Exception {
    return calls.createPost();
  }
}
