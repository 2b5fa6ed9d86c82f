package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret reaches a log at any level: {@link SecretLeakProbe} runs every scenario in a JVM of its own with
 * java.util.logging (OkHttp, the JDK) at {@code ALL} and SLF4J (the client's request log) at {@code trace}, and its
 * whole output is searched for every secret and every part of one.
 */
class SecretsNeverLoggedTest {

  @TempDir
  Path directory;

  @Test
  void logsAndFailures_finestLevels_neverShowASecretOrAPartOfOne() throws Exception {
    Path secretsFile = directory.resolve("secrets.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process probe = new ProcessBuilder(java,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Dorg.slf4j.simpleLogger.logFile=System.out",
        "-Dorg.slf4j.simpleLogger.showLogName=true",
        "-cp", System.getProperty("java.class.path"),
        SecretLeakProbe.class.getName(), secretsFile.toString())
        .redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(probe.exitValue()).as(output).isZero();
    assertThat(output).contains(SecretLeakProbe.FINISHED, "scenario api call with a refresh after 401: succeeded");
    // The capture works: both logging systems wrote at their finest levels.
    assertThat(output).contains("DEBUG io.github.xconnector.http", "FINE: ", "okhttp3.internal");
    List<String> secrets = Files.readAllLines(secretsFile, StandardCharsets.UTF_8);
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(12);
    for (String secret : secrets) {
      assertThat(output).doesNotContain(LeakScenarios.fragments(secret));
    }
  }
}
