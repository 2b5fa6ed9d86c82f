package io.github.xconnector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import feign.RequestLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the operations of an OpenAPI document with the compiled client: the generated {@code <Tag>Api} methods,
 * the calls the hand-written layer makes (read from its bytecode), and its own Feign interfaces.
 *
 * <p>Every check returns its findings keyed by operation id or Feign method, so a test can both fail with the full
 * list and prove on a modified document that exactly the expected findings appear.
 */
public final class SpecCoverage {

  private static final String ROOT = "io/github/xconnector/";
  private static final String GENERATED = ROOT + "generated/";
  private static final String GENERATED_API = "io.github.xconnector.generated.api.";

  /** One operation of the document. */
  public record Operation(String method, String path, String operationId, String tag) {

    /** {@code METHOD /path} with path parameters unnamed, the form endpoints are compared in. */
    public String endpoint() {
      return endpointOf(method + " " + path);
    }
  }

  private final Map<String, ClassFileReferences> handWritten;
  private final ClassLoader loader;

  private SpecCoverage(Map<String, ClassFileReferences> handWritten, ClassLoader loader) {
    this.handWritten = handWritten;
    this.loader = loader;
  }

  /** Reads the compiled hand-written classes from the class-path root that holds {@code anchor}. */
  public static SpecCoverage ofClassesBeside(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      Map<String, ClassFileReferences> classes = new TreeMap<>();
      try (Stream<Path> files = Files.walk(root.resolve(ROOT))) {
        files.filter(file -> file.toString().endsWith(".class"))
            .filter(file -> !root.relativize(file).toString().replace('\\', '/').startsWith(GENERATED))
            .map(ClassFileReferences::read)
            .forEach(references -> classes.put(references.name(), references));
      }
      return new SpecCoverage(classes, anchor.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The operations of an OpenAPI document, in document order. */
  public static List<Operation> operations(String openApiYaml) {
    try {
      JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(openApiYaml).path("paths");
      List<Operation> operations = new ArrayList<>();
      paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
        JsonNode body = operation.getValue();
        if (body.has("operationId")) {
          operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
              body.get("operationId").asText(), body.path("tags").path(0).asText("Default")));
        }
      }));
      return operations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Operations whose generated {@code <Tag>Api} has no method named as the operation id with its request line. */
  public Map<String, String> missingGeneratedMethods(List<Operation> operations) {
    Map<String, String> missing = new TreeMap<>();
    for (Operation operation : operations) {
      String api = apiInterfaceName(operation.tag());
      Class<?> type = load(GENERATED_API + api);
      if (type == null) {
        missing.put(operation.operationId(), "no generated interface " + api);
        continue;
      }
      List<String> lines = Arrays.stream(type.getMethods())
          .filter(method -> method.getName().equals(operation.operationId()))
          .filter(method -> method.isAnnotationPresent(RequestLine.class))
          .map(SpecCoverage::endpointOf)
          .collect(Collectors.toList());
      if (!lines.contains(operation.endpoint())) {
        missing.put(operation.operationId(), api + " has no method " + operation.operationId() + " for "
            + operation.method() + " " + operation.path() + " (found " + lines + ")");
      }
    }
    return missing;
  }

  /**
   * Operations that no class reachable from {@code roots} calls, through a generated method of any overload or
   * through a hand-written Feign method with the same method and path.
   */
  public Map<String, String> unreachedOperations(List<Operation> operations, Collection<Class<?>> roots) {
    Set<String> called = new HashSet<>();
    for (String className : closure(roots)) {
      for (String method : handWritten.get(className).methods()) {
        String endpoint = feignEndpoint(method);
        if (endpoint == null) {
          endpoint = operationConstantEndpoint(method);
        }
        if (endpoint != null) {
          called.add(endpoint);
        }
      }
    }
    Map<String, String> unreached = new TreeMap<>();
    for (Operation operation : operations) {
      if (!called.contains(operation.endpoint())) {
        unreached.put(operation.operationId(), operation.method() + " " + operation.path() + " (tag "
            + operation.tag() + "): no class reachable from " + simpleNames(roots) + " calls it");
      }
    }
    return unreached;
  }

  /** The Feign methods of {@code interfaces} whose method and path the document does not declare. */
  public Map<String, String> undeclaredEndpoints(List<Operation> operations, Collection<Class<?>> interfaces) {
    Set<String> declared = operations.stream().map(Operation::endpoint).collect(Collectors.toSet());
    Map<String, String> undeclared = new TreeMap<>();
    for (Class<?> type : interfaces) {
      for (Method method : type.getMethods()) {
        // A request line of a method alone (AnyPathApi, behind XClient.api()) takes its URL from an argument: it
        // names no endpoint of its own.
        if (method.isAnnotationPresent(RequestLine.class) && !isMethodOnly(method)
            && !declared.contains(endpointOf(method))) {
          undeclared.put(type.getSimpleName() + "." + method.getName(), method.getAnnotation(RequestLine.class).value());
        }
      }
    }
    return undeclared;
  }

  /** The hand-written interfaces that declare Feign request lines. */
  public List<Class<?>> handWrittenFeignInterfaces() {
    return handWritten.keySet().stream()
        .map(name -> load(name.replace('/', '.')))
        .filter(type -> type != null && type.isInterface())
        .filter(type -> Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(RequestLine.class)))
        .collect(Collectors.toList());
  }

  /** The generated interface name for a tag, as the generator forms it: {@code Direct Messages} is DirectMessagesApi. */
  public static String apiInterfaceName(String tag) {
    return Arrays.stream(tag.split("[^A-Za-z0-9]+"))
        .filter(word -> !word.isEmpty())
        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining()) + "Api";
  }

  private Set<String> closure(Collection<Class<?>> roots) {
    Set<String> seen = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    roots.forEach(root -> pending.add(root.getName().replace('.', '/')));
    while (!pending.isEmpty()) {
      String next = pending.poll();
      if (handWritten.containsKey(next) && seen.add(next)) {
        pending.addAll(handWritten.get(next).classes());
      }
    }
    return seen;
  }

  /**
   * The endpoint of a constant of the generated operation table that a class reads ({@code UsersOperations.GET_ME}),
   * or null when the reference is something else: the call path sends what that constant describes.
   */
  private String operationConstantEndpoint(String ownerDotName) {
    int dot = ownerDotName.lastIndexOf('.');
    String owner = ownerDotName.substring(0, dot).replace('/', '.');
    if (!owner.startsWith("io.github.xconnector.generated.operations.")) {
      return null;
    }
    Class<?> type = load(owner);
    if (type == null) {
      return null;
    }
    try {
      Object constant = type.getField(ownerDotName.substring(dot + 1)).get(null);
      if (constant instanceof io.github.xconnector.internal.Operation) {
        io.github.xconnector.internal.Operation operation = (io.github.xconnector.internal.Operation) constant;
        return endpointOf(operation.method() + " " + operation.path());
      }
    } catch (ReflectiveOperationException notAConstant) {
      return null;
    }
    return null;
  }

  /** The endpoint a called method {@code owner.name} requests, or null when it is not a Feign method. */
  private String feignEndpoint(String ownerDotName) {
    int dot = ownerDotName.lastIndexOf('.');
    String owner = ownerDotName.substring(0, dot).replace('/', '.');
    if (!owner.startsWith("io.github.xconnector.")) {
      return null;
    }
    Class<?> type = load(owner);
    if (type == null || !type.isInterface()) {
      return null;
    }
    String name = ownerDotName.substring(dot + 1);
    return Arrays.stream(type.getMethods())
        .filter(method -> method.getName().equals(name) && method.isAnnotationPresent(RequestLine.class))
        .map(SpecCoverage::endpointOf)
        .findFirst()
        .orElse(null);
  }

  private static boolean isMethodOnly(Method method) {
    return method.getAnnotation(RequestLine.class).value().trim().matches("[A-Z]+");
  }

  private static String endpointOf(Method method) {
    return endpointOf(method.getAnnotation(RequestLine.class).value());
  }

  /** {@code GET /2/users/{id}?user.fields={userFields}} becomes {@code GET /2/users/{}}. */
  private static String endpointOf(String requestLine) {
    int query = requestLine.indexOf('?');
    String line = query < 0 ? requestLine : requestLine.substring(0, query);
    return line.trim().replaceAll("\\{[^}]*}", "{}");
  }

  private Class<?> load(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static String simpleNames(Collection<Class<?>> types) {
    return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }
}
