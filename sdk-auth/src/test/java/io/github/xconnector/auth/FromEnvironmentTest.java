package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.credentials.ConnectionSource;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code XClient.fromEnv()} with this module present: the connection settings come from the process environment, so
 * each case runs a fresh JVM with the environment it needs.
 */
class FromEnvironmentTest {

  @RegisterExtension
  static WireMockExtension x = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  /** Run in the child JVM: connects from the environment and looks up one user. */
  public static final class Main {
    public static void main(String[] args) {
      try (XClient client = XClient.fromEnv()) {
        System.out.println(client + " " + client.users().get("2244994945").getData().getUsername());
      } catch (RuntimeException e) {
        System.out.println("FAILED " + e.getClass().getSimpleName() + ": " + e.getMessage());
        System.exit(3);
      }
    }
  }

  @Test
  void serviceLoader_findsTheEnvironmentSource() {
    assertThat(ServiceLoader.load(ConnectionSource.class).findFirst()).get()
        .isInstanceOf(EnvironmentConnectionSource.class);
  }

  @Test
  void fromEnv_bearerSettingsInTheEnvironment_connectsWithThem() throws Exception {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945"))
        .willReturn(okJson("{\"data\":{\"id\":\"2244994945\",\"name\":\"X Dev\",\"username\":\"XDevelopers\"}}")));

    Result result = run(Map.of("X_CONNECTION_NAME", "reader", "X_AUTHENTICATION", "Bearer",
        "X_BEARER_TOKEN", "env-token-123", "X_ENDPOINT_URL", x.baseUrl()));

    assertThat(result.exitCode).as(result.output).isZero();
    assertThat(result.output).contains("connection=reader").contains("XDevelopers").doesNotContain("env-token-123");
    x.verify(1, getRequestedFor(urlPathEqualTo("/2/users/2244994945"))
        .withHeader("Authorization", equalTo("Bearer env-token-123")));
  }

  @Test
  void fromEnv_missingSetting_failsNamingItAndWhereItWasLookedFor() throws Exception {
    Result result = run(Map.of("X_CONNECTION_NAME", "reader", "X_ENDPOINT_URL", x.baseUrl()));

    assertThat(result.exitCode).isEqualTo(3);
    assertThat(result.output).contains("FAILED XValidationException").contains("X_AUTHENTICATION");
    assertThat(x.getAllServeEvents()).isEmpty();
  }

  private static Result run(Map<String, String> environment) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    // Surefire may start tests through a manifest-only jar; the test class path is then in its own property.
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", classPath,
        Main.class.getName())).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("X_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private static final class Result {
    final int exitCode;
    final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }
}
