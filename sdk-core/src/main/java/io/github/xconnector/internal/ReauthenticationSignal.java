package io.github.xconnector.internal;

import feign.Request;
import feign.RetryableException;
import io.github.xconnector.errors.XServiceException;

/** Marks a 401 answer to a request that carried a token, so the retryer may refresh once and repeat the request. */
final class ReauthenticationSignal extends RetryableException {

  private static final long serialVersionUID = 1L;

  private final transient String rejectedToken;

  ReauthenticationSignal(XServiceException failure, String rejectedToken, Request request) {
    super(failure.statusCode(), failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
    this.rejectedToken = rejectedToken;
  }

  String rejectedToken() {
    return rejectedToken;
  }
}
