package io.github.xconnector.examples.modules;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * x-connector-core and x-connector-auth as named modules: a program that is itself a module compiles and runs with
 * the two jars and their dependencies on the module path, nothing on the class path and no {@code --add-*} options,
 * and cannot compile against the packages the SDK keeps to itself.
 *
 * <p>The module path is made of the SDK's two artifacts and what they depend on, as Maven resolved them for this
 * module (target/module-path, written by the dependency plugin in generate-test-resources). The sandbox and its
 * dependencies are left out: a program of the SDK does not have them.
 */
class ModulePathTest {

  private static final String CORE = "io.github.xconnector:x-connector-core";
  private static final String AUTH = "io.github.xconnector:x-connector-auth";
  private static final Path BUILD = Path.of(System.getProperty("basedir", "."), "target", "module-path");
  private static final Pattern ARTIFACT = Pattern.compile("([^:\\s]+):([^:\\s]+):[^:\\s]+:(?:([^:\\s]+):)?[^:\\s]+"
      + ":(?:compile|runtime|provided|system|test):(.+?)(?: -- module .*)?");

  private static List<Path> modulePath;

  @BeforeAll
  static void modulePath() throws IOException {
    modulePath = sdkModulePath();
  }

  @Test
  void modulePath_holdsEachModuleOnce_andTheSdkAsExplicitModules() throws IOException {
    Map<String, List<Path>> byName = new TreeMap<>();
    Map<String, ModuleDescriptor> descriptors = new HashMap<>();
    for (Path entry : modulePath) {
      ModuleReference module = ModuleFinder.of(entry).findAll().iterator().next();
      byName.computeIfAbsent(module.descriptor().name(), name -> new ArrayList<>()).add(entry);
      descriptors.put(module.descriptor().name(), module.descriptor());
    }

    assertThat(byName).as("module names on the module path").allSatisfy((name, entries) ->
        assertThat(entries).as("jars that are module %s", name).hasSize(1));
    assertThat(byName).containsKeys("okio", "okhttp3", "feign.core", "com.fasterxml.jackson.databind");

    ModuleDescriptor core = descriptors.get("io.github.xconnector.core");
    assertThat(core).as("x-connector-core has a module-info.class (%s)", modulePath).isNotNull();
    assertThat(core.isAutomatic()).isFalse();
    assertThat(core.exports()).allSatisfy(export -> assertThat(export.isQualified()).isFalse());
    assertThat(core.exports().stream().map(ModuleDescriptor.Exports::source)).containsExactlyInAnyOrder(
        "io.github.xconnector",
        "io.github.xconnector.credentials",
        "io.github.xconnector.errors",
        "io.github.xconnector.generated.model",
        "io.github.xconnector.media",
        "io.github.xconnector.paging",
        "io.github.xconnector.resources",
        "io.github.xconnector.streams",
        "io.github.xconnector.transport");
    assertThat(core.packages()).contains("io.github.xconnector.internal", "io.github.xconnector.generated.api",
        "io.github.xconnector.generated.operations", "io.github.xconnector.generated.invoker");
    assertThat(core.opens()).singleElement().satisfies(opens -> {
      assertThat(opens.source()).isEqualTo("io.github.xconnector.generated.model");
      assertThat(opens.targets()).containsExactly("com.fasterxml.jackson.databind");
    });
    assertThat(core.uses()).containsExactly("io.github.xconnector.credentials.ConnectionSource");

    ModuleDescriptor auth = descriptors.get("io.github.xconnector.auth");
    assertThat(auth).as("x-connector-auth has a module-info.class (%s)", modulePath).isNotNull();
    assertThat(auth.isAutomatic()).isFalse();
    assertThat(auth.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactly("io.github.xconnector.auth");
    assertThat(auth.provides()).singleElement().satisfies(provides -> {
      assertThat(provides.service()).isEqualTo("io.github.xconnector.credentials.ConnectionSource");
      assertThat(provides.providers()).containsExactly("io.github.xconnector.auth.EnvironmentConnectionSource");
    });
  }

  @Test
  void namedModuleProgram_onTheModulePathAlone_callsXThroughTheSdk(@TempDir Path work) throws Exception {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"),
        "module demo {\n"
        + "  requires io.github.xconnector.core;\n"
        + "  requires io.github.xconnector.auth;\n"
        + "}\n");
    write(sources.resolve("demo/Main.java"), String.join("\n",
        "package demo;",
        "",
        "import io.github.xconnector.XClient;",
        "import io.github.xconnector.auth.AuthorizationCodeFlow;",
        "import io.github.xconnector.auth.FileTokenStore;",
        "import io.github.xconnector.auth.OAuth2Tokens;",
        "import io.github.xconnector.auth.OAuth2UserTokenProvider;",
        "import io.github.xconnector.auth.StaticBearerTokenProvider;",
        "import java.lang.reflect.InaccessibleObjectException;",
        "import java.net.URI;",
        "import java.nio.file.Path;",
        "import java.time.Instant;",
        "import java.util.List;",
        "",
        "public final class Main {",
        "  public static void main(String[] args) throws Exception {",
        "    try (XClient x = XClient.builder().baseUrl(args[0])",
        "        .credentials(StaticBearerTokenProvider.forUser(\"token\")).build()) {",
        "      System.out.println(\"username=\" + x.users().me().getData().getUsername());",
        // The hand-written media interface, with a multipart body.
        "      System.out.println(\"media=\" + x.media().upload(Path.of(args[2])).id());",
        "    }",
        // The settings reader of x-connector-auth, found by XClient through the module's provides clause.
        "    try (XClient x = XClient.fromEnv()) {",
        "      System.out.println(\"fromEnv=\" + x.users().byUsername(\"u\").getData().getUsername());",
        "    }",
        // Nimbus, an automatic module, building the authorization URL.
        "    URI authorize = AuthorizationCodeFlow.builder().clientId(\"demo-client\")",
        "        .redirectUri(URI.create(\"http://127.0.0.1:8765/callback\"))",
        "        .scopes(List.of(\"tweet.read\", \"users.read\")).build().begin().authorizationUrl();",
        "    System.out.println(\"pkce=\" + authorize.getQuery().contains(\"code_challenge_method=S256\"));",
        // An expired user token, refreshed at X's token endpoint (Nimbus and json-smart) and kept in a file.
        "    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().clientId(\"demo-client\")",
        "        .tokenUrl(URI.create(args[0] + \"/2/oauth2/token\")).build();",
        "    FileTokenStore store = new FileTokenStore(Path.of(args[1]));",
        "    OAuth2UserTokenProvider user = OAuth2UserTokenProvider.builder(flow).tokenStore(store)",
        "        .tokens(OAuth2Tokens.of(\"expired\", \"refresh-1\", Instant.EPOCH,",
        "            List.of(\"tweet.read\", \"users.read\"))).build();",
        "    try (XClient x = XClient.builder().baseUrl(args[0]).credentials(user).build()) {",
        "      System.out.println(\"refreshed=\" + x.users().me().getData().getUsername() + \" \"",
        "          + store.load().orElseThrow().refreshToken().orElseThrow());",
        "    }",
        "    Class<?> internal = Class.forName(\"io.github.xconnector.internal.CallExecutor\");",
        "    try {",
        "      internal.getDeclaredConstructors()[0].setAccessible(true);",
        "      System.out.println(\"internal=open\");",
        "    } catch (InaccessibleObjectException e) {",
        "      System.out.println(\"internal=encapsulated\");",
        "    }",
        "    System.out.println(\"module=\" + XClient.class.getModule().getName());",
        "  }",
        "}",
        ""));
    Path classes = work.resolve("classes");

    Result compiled = run(work, Map.of(), javac(), "--module-path", path(modulePath), "-Xlint:all",
        "-d", classes.toString(), sources.resolve("module-info.java").toString(),
        sources.resolve("demo/Main.java").toString());
    assertThat(compiled.exitCode).as("javac said:%n%s", compiled.output()).isZero();
    assertThat(compiled.output()).as("javac warnings").isBlank();

    byte[] png = new byte[64];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    Path image = Files.write(work.resolve("chart.png"), png);
    ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    HttpServer x = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    x.createContext("/2/users/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(exchange.getRequestMethod() + " " + path + " "
          + exchange.getRequestHeaders().getFirst("Authorization"));
      boolean known = path.equals("/2/users/me") || path.equals("/2/users/by/username/u");
      byte[] body = (known ? "{\"data\":{\"id\":\"1\",\"name\":\"n\",\"username\":\"u\"}}"
          : "{\"title\":\"Not Found Error\",\"type\":\"about:blank\",\"status\":404,\"detail\":\"" + path + "\"}")
          .getBytes(UTF_8);
      exchange.getResponseHeaders().add("Content-Type", known ? "application/json" : "application/problem+json");
      exchange.sendResponseHeaders(known ? 200 : 404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    x.createContext("/2/media/upload", exchange -> {
      byte[] received = exchange.getRequestBody().readAllBytes();
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("Authorization") + " "
          + exchange.getRequestHeaders().getFirst("Content-Type").replaceFirst(";.*", "") + " "
          + new String(received, ISO_8859_1).contains(new String(png, ISO_8859_1)));
      byte[] body = ("{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"3_1880028106020515840\","
          + "\"size\":64,\"expires_after_secs\":86400,\"image\":{\"image_type\":\"image/png\",\"w\":1,\"h\":1}}}")
          .getBytes(UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    x.createContext("/2/oauth2/token", exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + new String(exchange.getRequestBody().readAllBytes(), UTF_8));
      byte[] body = ("{\"token_type\":\"bearer\",\"access_token\":\"fresh\",\"refresh_token\":\"refresh-2\","
          + "\"expires_in\":7200,\"scope\":\"tweet.read users.read\"}").getBytes(UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    x.start();
    try {
      String baseUrl = "http://127.0.0.1:" + x.getAddress().getPort();
      Result ran = run(work, Map.of("X_CONNECTION_NAME", "demo", "X_AUTHENTICATION", "Bearer", "X_BEARER_TOKEN", "env-token",
          "X_ENDPOINT_URL", baseUrl), java(), "--module-path", path(modulePath) + File.pathSeparator + classes,
          "-m", "demo/demo.Main", baseUrl, work.resolve("tokens.json").toString(),
          image.toString());

      assertThat(ran.exitCode).as("the program said:%n%s", ran.output()).isZero();
      assertThat(ran.stdout.lines()).as("the program said:%n%s", ran.output()).containsExactly(
          "username=u",
          "media=1880028106020515840",
          "fromEnv=u",
          "pkce=true",
          "refreshed=u refresh-2",
          "internal=encapsulated",
          "module=io.github.xconnector.core");
      assertThat(requests).containsExactly(
          "GET /2/users/me Bearer token",
          "POST /2/media/upload Bearer token multipart/form-data true",
          "GET /2/users/by/username/u Bearer env-token",
          "POST /2/oauth2/token grant_type=refresh_token&refresh_token=refresh-1&client_id=demo-client",
          "GET /2/users/me Bearer fresh");
    } finally {
      x.stop(0);
    }
  }

  @Test
  void namedModuleProgram_cannotCompileAgainstTheSdksInternalPackages(@TempDir Path work) throws Exception {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), "module intruder {\n  requires io.github.xconnector.core;\n}\n");
    write(sources.resolve("intruder/Peek.java"), String.join("\n",
        "package intruder;",
        "",
        "import io.github.xconnector.generated.api.UsersApi;",
        "import io.github.xconnector.generated.invoker.ApiClient;",
        "import io.github.xconnector.generated.operations.UsersOperations;",
        "import io.github.xconnector.internal.CallExecutor;",
        "",
        "public final class Peek {",
        "  CallExecutor calls;",
        "  UsersApi api;",
        "  ApiClient.Api marker;",
        "  Object operation = UsersOperations.GET_ME;",
        "}",
        ""));

    Result compiled = run(work, Map.of(), javac(), "--module-path", path(modulePath),
        "-d", work.resolve("classes").toString(), sources.resolve("module-info.java").toString(),
        sources.resolve("intruder/Peek.java").toString());

    assertThat(compiled.exitCode).as("javac said:%n%s", compiled.output()).isNotZero();
    for (String hidden : List.of("io.github.xconnector.internal", "io.github.xconnector.generated.api",
        "io.github.xconnector.generated.invoker", "io.github.xconnector.generated.operations")) {
      assertThat(compiled.output())
          .contains("package " + hidden + " is not visible")
          .contains("(package " + hidden + " is declared in module io.github.xconnector.core, which does not"
              + " export it)");
    }
  }

  /**
   * The files of x-connector-core, x-connector-auth and everything they depend on at run time: the artifacts Maven
   * resolved for this module, less those only the sandbox and this module's own dependencies bring.
   */
  private static List<Path> sdkModulePath() throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String line : Files.readAllLines(BUILD.resolve("artifacts.txt"))) {
      Matcher artifact = ARTIFACT.matcher(line.strip());
      if (artifact.matches()) {
        files.put(key(artifact.group(1), artifact.group(2), artifact.group(3)), Path.of(artifact.group(4)));
      }
    }

    // graph.tgf: "id label" lines, "#", then "from to scope" lines. Omitted nodes (taken from elsewhere in the
    // tree) are labelled "(group:artifact:... - omitted for duplicate)": the edge to them still counts.
    Map<String, String> nodes = new HashMap<>();
    Map<String, Set<String>> edges = new HashMap<>();
    boolean inEdges = false;
    for (String line : Files.readAllLines(BUILD.resolve("graph.tgf"))) {
      if (line.strip().equals("#")) {
        inEdges = true;
      } else if (!line.isBlank()) {
        String[] fields = line.strip().split(" ", 3);
        if (inEdges) {
          edges.computeIfAbsent(nodes.get(fields[0]), from -> new HashSet<>()).add(nodes.get(fields[1]));
        } else {
          String[] coordinates = fields[1].replaceFirst("^\\(", "").split(":");
          nodes.put(fields[0], key(coordinates[0], coordinates[1], coordinates.length == 6 ? coordinates[3] : null));
        }
      }
    }

    Set<String> needed = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(CORE, AUTH));
    while (!next.isEmpty()) {
      String artifact = next.pop();
      if (needed.add(artifact)) {
        next.addAll(edges.getOrDefault(artifact, Set.of()));
      }
    }

    assertThat(files).as("resolved artifacts in %s", BUILD).containsKeys(CORE, AUTH);
    List<Path> path = files.entrySet().stream().filter(file -> needed.contains(file.getKey()))
        .map(Map.Entry::getValue).collect(Collectors.toList());
    assertThat(path).allSatisfy(entry -> assertThat(entry).exists());
    assertThat(path).noneMatch(entry -> entry.toString().contains("x-connector-sandbox")
        || entry.toString().contains("jetty") || entry.toString().contains("junit"));
    return path;
  }

  private static String key(String group, String artifact, String classifier) {
    return group + ":" + artifact + (classifier == null ? "" : ":" + classifier);
  }

  private static String path(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String javac() {
    return tool("javac");
  }

  private static String java() {
    return tool("java");
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** Runs a JDK tool with a clean environment: no class path, no options picked up from the environment. */
  private static Result run(Path directory, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path stdout = Files.createTempFile(directory, "stdout", ".txt");
    Path stderr = Files.createTempFile(directory, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().keySet().removeIf(name -> name.equals("CLASSPATH") || name.equals("JDK_JAVA_OPTIONS")
        || name.equals("JAVA_TOOL_OPTIONS") || name.equals("_JAVA_OPTIONS") || name.startsWith("X_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes");
    }
    return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }

  private static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    String output() {
      return stdout + stderr;
    }
  }
}
