package io.github.xconnector.generated.invoker;

/**
 * Holds the marker interface that the generated operation interfaces extend.
 *
 * <p>The generated interfaces are wired to Feign by {@code io.github.xconnector.XClient}; this type exists only so
 * that they compile. It is intentionally empty.
 */
public final class ApiClient {

  private ApiClient() {
  }

  /** Marker for the generated operation interfaces. */
  public interface Api {
  }
}
