package io.github.xconnector.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.XClient;
import io.github.xconnector.transport.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Shared fixtures: a local WireMock server, a client pointed at it, and readers of recorded requests. */
public final class XTest {

  /** The user token most tests authenticate with. */
  public static final String USER_TOKEN = "user-token-7Qx2Lk9";
  /** The app-only token. */
  public static final String APP_TOKEN = "app-token-Zr81Wd3";
  /** The instant the fixed clock shows. */
  public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  /** A clock that never moves. */
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private XTest() {
  }

  /** A WireMock server on a free port of 127.0.0.1, reset before each test. */
  public static WireMockExtension wireMock(Extension... extensions) {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(extensions))
        .build();
  }

  /** A client builder for the server: user token, fixed clock, recording sleeper, exact (jitter-free) backoff. */
  public static XClient.Builder client(WireMockExtension server, RecordingSleeper sleeper) {
    return XClient.builder()
        .baseUrl(server.baseUrl())
        .credentials(TestTokenProvider.user(USER_TOKEN))
        .clock(CLOCK)
        .sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().jitter(0).build());
  }

  /** A client for the server with the defaults of {@link #client(WireMockExtension, RecordingSleeper)}. */
  public static XClient client(WireMockExtension server) {
    return client(server, new RecordingSleeper()).build();
  }

  /** Reads a test resource as UTF-8 text. */
  public static String resource(String path) {
    try (InputStream in = XTest.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one of the copied example bodies under {@code x-examples/}. */
  public static String example(String name) {
    return resource("x-examples/" + name);
  }

  /** Every request the server received, oldest first. */
  public static List<LoggedRequest> requests(WireMockExtension server) {
    // WireMock lists the newest first.
    List<LoggedRequest> requests = server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .collect(Collectors.toList());
    Collections.reverse(requests);
    return requests;
  }

  /** Asserts the server received exactly one request and returns it. */
  public static LoggedRequest onlyRequest(WireMockExtension server) {
    List<LoggedRequest> requests = requests(server);
    assertThat(requests).as("requests received").hasSize(1);
    return requests.get(0);
  }

  /** The query parameters of a request, each with all its values, decoded. */
  public static Map<String, List<String>> query(LoggedRequest request) {
    Map<String, List<String>> query = new TreeMap<>();
    request.getQueryParams().forEach((name, parameter) -> query.put(name, parameter.values()));
    return query;
  }

  /** Asserts the request carries exactly one {@code Authorization} header, with the given Bearer token. */
  public static void assertBearer(LoggedRequest request, String token) {
    assertThat(request.header("Authorization").values()).containsExactly("Bearer " + token);
  }

  /** Asserts the server received nothing. */
  public static void assertNoRequest(WireMockExtension server) {
    assertThat(server.getAllServeEvents()).as("requests received").isEmpty();
  }

  /** Answers successive requests to {@code method path} with the given responses; the last one repeats. */
  public static void answerInTurn(WireMockExtension server, String method, String path,
      ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      ScenarioMappingBuilder mapping = WireMock.request(method, urlPathEqualTo(path))
          .inScenario(method + " " + path)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
          .willReturn(answers[i]);
      if (i < answers.length - 1) {
        mapping.willSetStateTo("answer " + (i + 1));
      }
      server.stubFor(mapping);
    }
  }
}
