package io.github.xconnector.internal;

import feign.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs requests and responses through SLF4J at debug level, never printing the {@code Authorization} header.
 *
 * <p>Feign's own loggers print every header, tokens included.
 */
public final class RedactingLogger extends Logger {

  private final org.slf4j.Logger log = LoggerFactory.getLogger("io.github.xconnector.http");
  private final String prefix;

  /**
   * Creates the logger.
   *
   * @param connectionName shown at the start of every line; may be {@code null}
   */
  public RedactingLogger(String connectionName) {
    this.prefix = ConnectionNames.prefix(connectionName);
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !"authorization".equalsIgnoreCase(header) && !"cookie".equalsIgnoreCase(header);
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !"set-cookie".equalsIgnoreCase(header);
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (log.isDebugEnabled()) {
      log.debug(prefix + methodTag(configKey) + String.format(format, args));
    }
  }
}
