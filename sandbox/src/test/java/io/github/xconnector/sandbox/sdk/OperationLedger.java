package io.github.xconnector.sandbox.sdk;

import io.github.xconnector.XClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Notes which SDK operations a test called, named as {@code "PostsService.create(PostDraft)"}, and lists every public
 * operation of every service an {@link XClient} hands out under the same names, so the two can be compared.
 */
final class OperationLedger {

  private final Set<String> called = new ConcurrentSkipListSet<>();

  /** Runs one operation and, once it succeeded, notes it as covered. */
  <T> T call(String operation, Supplier<T> invocation) {
    T result = invocation.get();
    called.add(operation);
    return result;
  }

  /** Returns the operations called so far. */
  Set<String> called() {
    return Set.copyOf(called);
  }

  /** Returns every public method of every service returned by XClient's accessors. */
  static Set<String> publicServiceOperations() {
    Set<String> operations = new TreeSet<>();
    for (Method accessor : XClient.class.getMethods()) {
      Class<?> service = accessor.getReturnType();
      if (accessor.getParameterCount() == 0 && service.getSimpleName().endsWith("Service")) {
        for (Method method : service.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
            operations.add(signature(service, method));
          }
        }
      }
    }
    if (operations.size() < 8) {
      throw new AssertionError("Found only " + operations + ": XClient's service accessors were not recognised");
    }
    return operations;
  }

  private static String signature(Class<?> service, Method method) {
    return service.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
  }
}
