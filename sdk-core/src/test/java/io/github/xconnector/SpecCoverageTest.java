package io.github.xconnector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.generated.api.UsersApi;
import io.github.xconnector.internal.AnyPathApi;
import io.github.xconnector.media.MediaTransferApi;
import io.github.xconnector.testing.SpecCoverage;
import io.github.xconnector.testing.SpecCoverage.Operation;
import io.github.xconnector.testing.TestTokenProvider;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of spec/x-api.yaml is generated and reachable from {@link XClient}, and the client requests no
 * method and path the spec lacks. Reachability is read from the compiled classes, not from source text.
 */
class SpecCoverageTest {

  private static final Path SPEC = Path.of("../spec/x-api.yaml");

  /** Two operations: one the client calls, and one nothing calls or generates. */
  private static final String SPEC_WITH_UNUSED_OPERATION = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: t, version: '1'}",
      "paths:",
      "  /2/users/{id}:",
      "    get:",
      "      operationId: getUser",
      "      tags: [Users]",
      "      responses: {'200': {description: ok}}",
      "  /2/users/{id}/no_such_listing:",
      "    get:",
      "      operationId: getNoSuchListing",
      "      tags: [Users]",
      "      responses: {'200': {description: ok}}",
      "");

  private static List<Operation> operations;
  private static SpecCoverage coverage;
  private static List<Class<?>> accessorTypes;

  @BeforeAll
  static void readSpecAndClasses() throws IOException {
    operations = SpecCoverage.operations(Files.readString(SPEC));
    coverage = SpecCoverage.ofClassesBeside(XClient.class);
    accessorTypes = new ArrayList<>();
    for (Method accessor : accessors()) {
      accessorTypes.add(accessor.getReturnType());
    }
  }

  @Test
  void generatedApis_everySpecOperation_hasMethodNamedAsOperationIdWithItsRequestLine() {
    assertThat(operations).hasSizeGreaterThan(1);
    Map<String, String> missing = coverage.missingGeneratedMethods(operations);

    assertThat(missing).withFailMessage("Spec operations without a generated method:%n%s", lines(missing)).isEmpty();
  }

  @Test
  void xClient_everySpecOperation_isCalledFromAPublicAccessor() {
    Map<String, String> unreached = coverage.unreachedOperations(operations, accessorTypes);

    assertThat(unreached).withFailMessage("Spec operations the client never calls:%n%s", lines(unreached)).isEmpty();
  }

  @Test
  void xClient_publicAccessors_returnAServiceForEveryTag() throws ReflectiveOperationException {
    XClient client = XClient.builder()
        .baseUrl("http://127.0.0.1:9")
        .credentials(TestTokenProvider.user("token-for-accessors"))
        .build();
    List<String> services = new ArrayList<>();
    for (Method accessor : accessors()) {
      Object service = invoke(accessor, client);
      assertThat(service).as("XClient.%s()", accessor.getName()).isInstanceOf(accessor.getReturnType());
      services.add(accessor.getReturnType().getSimpleName());
    }

    List<String> expected = operations.stream()
        .map(operation -> operation.tag() + "Service")
        .distinct()
        .collect(Collectors.toList());
    assertThat(services).containsAll(expected);
  }

  @Test
  void handWrittenFeignInterfaces_requestOnlyEndpointsTheSpecDeclares() {
    List<Class<?>> handWritten = coverage.handWrittenFeignInterfaces();
    assertThat(handWritten).contains(MediaTransferApi.class, AnyPathApi.class);
    // XClient.api() sends to the caller's path: its interface's request lines are methods alone.
    assertThat(AnyPathApi.class.getMethods()).allSatisfy(method -> assertThat(method.getAnnotation(
        feign.RequestLine.class).value()).matches("[A-Z]+"));

    Map<String, String> undeclared = coverage.undeclaredEndpoints(operations, handWritten);

    assertThat(undeclared).withFailMessage("Hand-written requests the spec lacks:%n%s", lines(undeclared)).isEmpty();
  }

  @Test
  void generatedApis_requestOnlyEndpointsTheSpecDeclares() {
    List<Class<?>> generated = operations.stream()
        .map(operation -> SpecCoverage.apiInterfaceName(operation.tag()))
        .distinct()
        .map(SpecCoverageTest::generatedApi)
        .collect(Collectors.toList());

    Map<String, String> undeclared = coverage.undeclaredEndpoints(operations, generated);

    assertThat(undeclared).withFailMessage("Generated requests the spec lacks:%n%s", lines(undeclared)).isEmpty();
  }

  @Test
  void checker_specWithAnOperationNothingCalls_reportsExactlyThatOperation() {
    List<Operation> extended = SpecCoverage.operations(SPEC_WITH_UNUSED_OPERATION);

    assertThat(coverage.unreachedOperations(extended, accessorTypes)).containsOnlyKeys("getNoSuchListing");
    assertThat(coverage.missingGeneratedMethods(extended)).containsOnlyKeys("getNoSuchListing");
  }

  @Test
  void checker_specLackingTheMediaUploads_reportsTheHandWrittenRequestsToThem() {
    List<Operation> withoutMedia = SpecCoverage.operations(SPEC_WITH_UNUSED_OPERATION);

    assertThat(coverage.undeclaredEndpoints(withoutMedia, coverage.handWrittenFeignInterfaces()))
        .containsOnlyKeys("MediaTransferApi.appendMediaUpload", "MediaTransferApi.uploadMedia",
            "DirectMessageMediaApi.downloadDirectMessageMedia", "StreamsHttpApi.streamPosts",
            "StreamsHttpApi.streamPostsSample", "StreamsHttpApi.streamPostsSample10");
    assertThat(coverage.undeclaredEndpoints(withoutMedia, List.of(UsersApi.class)))
        .doesNotContainKeys("UsersApi.getUser", "UsersApi.getUserWithHttpInfo")
        .containsKeys("UsersApi.getMe", "UsersApi.getUsersByUsernames");
  }

  /** Public, zero-argument instance methods of XClient that hand out a service of the client. */
  private static List<Method> accessors() {
    return Arrays.stream(XClient.class.getMethods())
        .filter(method -> method.getDeclaringClass() == XClient.class)
        .filter(method -> !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0)
        .filter(method -> method.getReturnType().getSimpleName().endsWith("Service"))
        .collect(Collectors.toList());
  }

  private static Object invoke(Method accessor, XClient client) throws ReflectiveOperationException {
    try {
      return accessor.invoke(client);
    } catch (InvocationTargetException e) {
      throw new AssertionError("XClient." + accessor.getName() + "() failed", e.getCause());
    }
  }

  private static Class<?> generatedApi(String simpleName) {
    try {
      return Class.forName(UsersApi.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No generated interface " + simpleName, e);
    }
  }

  private static String lines(Map<String, String> findings) {
    return findings.entrySet().stream()
        .map(finding -> "  " + finding.getKey() + ": " + finding.getValue())
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
