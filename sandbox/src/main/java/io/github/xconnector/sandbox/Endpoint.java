package io.github.xconnector.sandbox;

/** Handles one operation of the spec. It may throw {@link ApiProblem} to answer with an error. */
@FunctionalInterface
interface Endpoint {

  SandboxResponse handle(Call call);
}
