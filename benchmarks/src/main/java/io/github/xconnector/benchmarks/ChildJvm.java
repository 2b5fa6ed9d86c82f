package io.github.xconnector.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Runs a main class of this jar in a fresh JVM and returns the line of its output that starts with a marker. */
public final class ChildJvm {

  private static final int TAIL_LINES = 8;

  private ChildJvm() {
  }

  /**
   * What a child printed after its marker, or why it failed.
   *
   * @param succeeded whether it exited with 0 after printing the marker
   * @param markedLine the rest of the marked line, or {@code null}
   * @param failure the exit code and the last lines of output, or {@code null}
   */
  public record Outcome(boolean succeeded, String markedLine, String failure) {
  }

  /**
   * Runs a child JVM to its end.
   *
   * @param jvmOptions options for the JVM, for example {@code -Xmx32m}
   * @param mainClass the class to run
   * @param marker the start of the line to return
   * @param timeoutSeconds how long the child may take before it is ended
   * @param args the program's arguments
   * @return the outcome
   */
  public static Outcome run(List<String> jvmOptions, Class<?> mainClass, String marker, long timeoutSeconds,
      String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(absoluteClassPath());
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .directory(new File(System.getProperty("java.io.tmpdir"))).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a JVM: " + command, e);
    }
    String[] marked = new String[1];
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> read(process, marker, marked, tail), "child-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        return new Outcome(false, null, "timed out after " + timeoutSeconds + " s");
      }
      reader.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a child JVM", e);
    }
    synchronized (tail) {
      return process.exitValue() == 0 && marked[0] != null ? new Outcome(true, marked[0], null)
          : new Outcome(false, null, "exit " + process.exitValue() + (tail.isEmpty() ? "" : ": "
              + String.join(" | ", tail)));
    }
  }

  // The child runs in the temporary directory (the official SDK looks for files in its working directory).
  private static String absoluteClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Paths.get(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
  }

  private static void read(Process process, String marker, String[] marked, Deque<String> tail) {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        synchronized (tail) {
          if (line.startsWith(marker)) {
            marked[0] = line.substring(marker.length()).trim();
          } else {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
              tail.removeFirst();
            }
          }
        }
      }
    } catch (IOException e) {
      // The child ended; what was read is enough.
    }
  }
}
