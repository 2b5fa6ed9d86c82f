package io.github.xconnector.sandbox;

/** Thrown inside an endpoint to answer with an error response at once; the dispatcher sends its response. */
final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SandboxResponse response;

  ApiProblem(SandboxResponse response) {
    super(null, null, false, false);
    this.response = response;
  }

  SandboxResponse response() {
    return response;
  }
}
