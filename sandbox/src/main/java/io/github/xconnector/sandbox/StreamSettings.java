package io.github.xconnector.sandbox;

import java.time.Duration;

/**
 * How a sandbox's streams behave, as its builder configured them.
 *
 * @param keepAlive the keep-alive interval of every stream, or null for each stream's own from the spec
 * @param bufferSize how many posts one connection keeps waiting to be written before it drops further ones
 * @param maxRuleLength the longest rule value accepted, or null for the spec's bound
 * @param rulesPerApp the most rules one app may hold, or null for the spec's bound on one request
 */
record StreamSettings(Duration keepAlive, int bufferSize, Integer maxRuleLength, Integer rulesPerApp) {

  /** The number of posts a connection keeps waiting unless the builder says otherwise. */
  static final int DEFAULT_BUFFER_SIZE = 1000;

  static StreamSettings defaults() {
    return new StreamSettings(null, DEFAULT_BUFFER_SIZE, null, null);
  }
}
