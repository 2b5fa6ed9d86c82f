package io.github.xconnector.auth;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Runs {@link LeakScenarios} with java.util.logging at its finest level for every logger, writing every record and
 * every failure (with its causes) to standard output. Started by {@link SecretsNeverLoggedTest} in a JVM of its own,
 * with SLF4J's simple logger at trace level writing to standard output too.
 */
final class SecretLeakProbe {

  static final String FINISHED = "leak probe finished";

  private SecretLeakProbe() {
  }

  /**
   * Runs the scenarios and writes the secrets in play, one a line, to {@code args[0]} (never to the output).
   *
   * @param args the file for the secrets
   * @throws Exception when a scenario cannot be set up
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    StreamHandler everything = new StreamHandler(out, new SimpleFormatter()) {
      @Override
      public synchronized void publish(java.util.logging.LogRecord record) {
        super.publish(record);
        flush();
      }
    };
    everything.setLevel(Level.ALL);
    root.addHandler(everything);
    root.setLevel(Level.ALL);

    LeakScenarios.Outcome outcome = LeakScenarios.run();

    for (Map.Entry<String, Throwable> failure : outcome.failures().entrySet()) {
      out.println("scenario " + failure.getKey() + ": " + (failure.getValue() == null ? "succeeded"
          : LeakScenarios.trace(failure.getValue())));
    }
    Files.write(Path.of(args[0]), outcome.secrets(), StandardCharsets.UTF_8);
    out.println(FINISHED);
    out.flush();
    System.exit(0);
  }
}
