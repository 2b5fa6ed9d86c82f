package io.github.xconnector.benchmarks;

import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import io.github.xconnector.benchmarks.upload.UploadRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The options of {@link BenchmarkMain}.
 *
 * @param sections which parts to run: calls, cold-start, upload
 * @param clients the clients to compare
 * @param calls the benchmark methods
 * @param threads the thread counts of the throughput runs
 * @param latencyThreads the thread counts of the latency runs
 * @param warmupIterations JMH warm-up iterations
 * @param warmupSeconds seconds per warm-up iteration
 * @param measurementIterations JMH measurement iterations
 * @param measurementSeconds seconds per measurement iteration
 * @param profilers extra JMH profilers, for example {@code stack}
 * @param coldStartRuns fresh JVMs per client for the cold start
 * @param uploadMib the size of the upload
 * @param segmentMib the size of each appended segment
 * @param uploadRuns timed uploads per variant
 * @param uploadVariants the upload variants to run
 * @param out where results are written
 */
public record BenchmarkOptions(List<String> sections, List<String> clients, List<String> calls, List<Integer> threads,
    List<Integer> latencyThreads, int warmupIterations, int warmupSeconds, int measurementIterations,
    int measurementSeconds, List<String> profilers, int coldStartRuns, int uploadMib, int segmentMib, int uploadRuns,
    List<String> uploadVariants, Path out) {

  /** The help text. */
  public static final String USAGE = String.join("\n",
      "java -jar benchmarks/target/benchmarks.jar [options]",
      "  --only calls,cold-start,upload   parts to run (default: all)",
      "  --clients a,b                    clients (default: " + String.join(",", BenchmarkedClients.DEFAULT_RUN)
          + "; by default cold start runs only the first " + BenchmarkedClients.ALL.size() + ")",
      "  --calls usersMe,searchRecent,createPost",
      "  --threads 1,8                    thread counts for throughput (default 1,8)",
      "  --latency-threads 1              thread counts for latency percentiles (default 1)",
      "  -wi 2 -w 2 -i 3 -r 2             JMH warm-up/measurement iterations and seconds (defaults shown)",
      "  --quick                          -wi 1 -w 1 -i 2 -r 1, 3 cold starts, 1 timed upload",
      "  --prof stack                     add a JMH profiler (repeatable)",
      "  --cold-start-runs 5  --upload-mib 512  --segment-mib 4  --upload-runs 3",
      "  --upload-variants a,b             upload variants (default: " + String.join(",", UploadRun.ALL) + ")",
      "  --out target/benchmark-results",
      "  --jmh <JMH options>              run JMH directly, for example --jmh ApiCallBenchmark.usersMe -p client=sdk");

  /**
   * Parses the command line.
   *
   * @param args the arguments
   * @return the options, or {@code null} when help was asked for
   */
  public static BenchmarkOptions parse(String[] args) {
    List<String> sections = List.of("calls", "cold-start", "upload");
    List<String> clients = BenchmarkedClients.DEFAULT_RUN;
    List<String> calls = List.of("usersMe", "searchRecent", "createPost");
    List<Integer> threads = List.of(1, 8);
    List<Integer> latencyThreads = List.of(1);
    int wi = 2;
    int w = 2;
    int i = 3;
    int r = 2;
    List<String> profilers = new ArrayList<>();
    int coldStartRuns = 5;
    int uploadMib = 512;
    int segmentMib = 4;
    int uploadRuns = 3;
    List<String> uploadVariants = UploadRun.ALL;
    Path out = Path.of("target", "benchmark-results");
    for (int a = 0; a < args.length; a++) {
      String value = a + 1 < args.length ? args[a + 1] : null;
      switch (args[a]) {
        case "--help", "-h" -> {
          return null;
        }
        case "--quick" -> {
          wi = 1;
          w = 1;
          i = 2;
          r = 1;
          coldStartRuns = 3;
          uploadRuns = 1;
          continue;
        }
        case "--only" -> sections = list(value);
        case "--clients" -> clients = list(value);
        case "--calls" -> calls = list(value);
        case "--threads" -> threads = ints(value);
        case "--latency-threads" -> latencyThreads = ints(value);
        case "-wi" -> wi = Integer.parseInt(value);
        case "-w" -> w = Integer.parseInt(value.replace("s", ""));
        case "-i" -> i = Integer.parseInt(value);
        case "-r" -> r = Integer.parseInt(value.replace("s", ""));
        case "--prof" -> profilers.add(value);
        case "--cold-start-runs" -> coldStartRuns = Integer.parseInt(value);
        case "--upload-mib" -> uploadMib = Integer.parseInt(value);
        case "--segment-mib" -> segmentMib = Integer.parseInt(value);
        case "--upload-runs" -> uploadRuns = Integer.parseInt(value);
        case "--upload-variants" -> uploadVariants = list(value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option " + args[a] + "\n" + USAGE);
      }
      a++;
    }
    clients.forEach(name -> {
      if (!BenchmarkedClients.DEFAULT_RUN.contains(name)) {
        throw new IllegalArgumentException("Unknown client '" + name + "'; known: "
            + BenchmarkedClients.DEFAULT_RUN);
      }
    });
    uploadVariants.forEach(name -> {
      if (!UploadRun.ALL.contains(name)) {
        throw new IllegalArgumentException("Unknown upload variant '" + name + "'; known: " + UploadRun.ALL);
      }
    });
    return new BenchmarkOptions(sections, clients, calls, threads, latencyThreads, wi, w, i, r, profilers,
        coldStartRuns, uploadMib, segmentMib, uploadRuns, uploadVariants, out);
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  private static List<Integer> ints(String value) {
    return list(value).stream().map(Integer::valueOf).collect(Collectors.toList());
  }
}
