package io.github.xconnector.internal;

/** How a connection's name starts the SDK's messages and log lines: {@code [name] }. */
public final class ConnectionNames {

  private ConnectionNames() {
  }

  /**
   * Returns the prefix for a connection's messages.
   *
   * @param connectionName the name set on the client; may be {@code null}
   * @return {@code "[name] "}, or the empty string without a name
   */
  public static String prefix(String connectionName) {
    return connectionName == null || connectionName.isBlank() ? "" : "[" + connectionName + "] ";
  }
}
