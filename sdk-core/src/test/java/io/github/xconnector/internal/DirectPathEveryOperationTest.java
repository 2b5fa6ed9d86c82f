package io.github.xconnector.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.XClient;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.resources.UsersService;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation the direct path sends goes out exactly as its generated Feign method sends it: method, path, query,
 * the headers the client chooses, and body. Arguments are made from each operation's own table entry.
 */
class DirectPathEveryOperationTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final List<String> CANDIDATES = List.of("1234567890123", "abc", "1_1234567890123",
      "abcdefghijklmnopqrstu", "XDevelopers");

  @Test
  void everyDirectOperation_sendsWhatItsGeneratedMethodSends() throws Exception {
    x.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"meta\":{\"result_count\":0}}")));
    Map<AuthenticationType, CallExecutor[]> executors = Map.of(
        AuthenticationType.USER_CONTEXT, new CallExecutor[] {executor(TestTokenProvider.user("u"), false),
            executor(TestTokenProvider.user("u"), true)},
        AuthenticationType.APP_ONLY, new CallExecutor[] {executor(TestTokenProvider.appOnly("a"), false),
            executor(TestTokenProvider.appOnly("a"), true)});
    DirectCalls plans = DirectCalls.of(Transports.create(Transports.DEFAULT_CONNECT_TIMEOUT,
        Transports.DEFAULT_READ_TIMEOUT, Transports.DEFAULT_CALL_TIMEOUT), false, null, x.baseUrl(),
        JsonMappers.create(), null, null, null, null);
    List<String> compared = new ArrayList<>();
    List<String> direct = new ArrayList<>();
    for (Operation operation : OperationTable.all().values()) {
      if (!plans.sends(operation)) {
        continue;
      }
      direct.add(operation.id());
      AuthenticationType type = operation.accepts(AuthenticationType.USER_CONTEXT) ? AuthenticationType.USER_CONTEXT
          : AuthenticationType.APP_ONLY;
      // Path values the spec declares as integers must reach the generated method as integers.
      boolean numeric = needsNumbers(executors.get(type)[1], operation);
      LoggedRequest straight = send(executors.get(type)[0], operation, numeric);
      LoggedRequest generated = send(executors.get(type)[1], operation, numeric);
      if (straight == null && generated == null) {
        continue; // refused before sending on both paths (made-up arguments outside the spec's bounds)
      }
      assertThat(straight).as(operation.id()).isNotNull();
      assertThat(generated).as(operation.id()).isNotNull();
      assertThat(straight.getMethod()).as(operation.id()).isEqualTo(generated.getMethod());
      assertThat(straight.getUrl().split("\\?")[0]).as(operation.id()).isEqualTo(generated.getUrl().split("\\?")[0]);
      assertThat(XTest.query(straight)).as(operation.id()).isEqualTo(XTest.query(generated));
      assertThat(chosenHeaders(straight)).as(operation.id()).isEqualTo(chosenHeaders(generated));
      assertThat(straight.getBodyAsString()).as(operation.id()).isEqualTo(generated.getBodyAsString());
      compared.add(operation.id());
    }
    assertThat(direct).as("operations the direct path sends").hasSizeGreaterThan(80);
    assertThat(compared).as("operations compared").hasSizeGreaterThan(direct.size() * 3 / 4);
  }

  private static boolean needsNumbers(CallExecutor generated, Operation operation) throws Exception {
    try {
      generated.exchange(operation, arguments(operation, false));
      return false;
    } catch (ClassCastException typed) {
      return true;
    } catch (RuntimeException other) {
      return false;
    }
  }

  private static LoggedRequest send(CallExecutor executor, Operation operation, boolean numeric) throws Exception {
    x.resetRequests();
    RuntimeException failure = null;
    try {
      executor.exchange(operation, arguments(operation, numeric));
    } catch (XValidationException refused) {
      return null;
    } catch (RuntimeException answerNotOfTheModel) {
      // The stub's answer need not fit every model: the request is what is compared.
      failure = answerNotOfTheModel;
    }
    List<LoggedRequest> requests = XTest.requests(x);
    assertThat(requests).as(operation.id() + " " + failure).hasSize(1);
    return requests.get(0);
  }

  private static CallArguments arguments(Operation operation, boolean numeric) throws Exception {
    CallArguments arguments = CallArguments.create();
    for (Operation.Parameter parameter : operation.parameters().values()) {
      if (!parameter.isRequired() || parameter.location() == Operation.Location.BODY) {
        continue;
      }
      Object value;
      if (!parameter.allowedValues().isEmpty()) {
        value = parameter.allowedValues().iterator().next();
      } else if (parameter.minimumValue().isPresent()) {
        value = parameter.minimumValue().get();
      } else if (numeric && parameter.location() == Operation.Location.PATH) {
        value = 1;
      } else {
        value = CANDIDATES.stream().filter(candidate -> fits(parameter, candidate)).findFirst().orElse("abc");
      }
      arguments.put(parameter.name(), parameter.isArray() ? List.of(value) : value);
    }
    if (operation.requestType() != null) {
      arguments.body(operation.requestType().getDeclaredConstructor().newInstance());
    }
    return arguments;
  }

  private static boolean fits(Operation.Parameter parameter, String candidate) {
    return parameter.valuePattern().map(p -> p.matcher(candidate).find()).orElse(true)
        && parameter.itemValuePattern().map(p -> p.matcher(candidate).find()).orElse(true)
        && parameter.minLengthValue().map(min -> candidate.length() >= min).orElse(true)
        && parameter.maxLengthValue().map(max -> candidate.length() <= max).orElse(true);
  }

  private static CallExecutor executor(TestTokenProvider credentials, boolean throughFeign) throws Exception {
    XClient.Builder builder = XTest.client(x, new RecordingSleeper()).credentials(credentials);
    if (throughFeign) {
      builder.logLevel(XClient.LogLevel.BASIC);
    }
    UsersService users = builder.build().users();
    Field calls = UsersService.class.getDeclaredField("calls");
    calls.setAccessible(true);
    return (CallExecutor) calls.get(users);
  }

  // The headers the client chose (the HTTP layer's own, such as User-Agent and Host, are alike by construction).
  static Map<String, List<String>> chosenHeaders(LoggedRequest request) {
    Map<String, List<String>> chosen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : List.of("Authorization", "Accept", "Content-Type", "Content-Length")) {
      if (request.containsHeader(name)) {
        chosen.put(name, new ArrayList<>(request.header(name).values()));
      }
    }
    return chosen;
  }
}
