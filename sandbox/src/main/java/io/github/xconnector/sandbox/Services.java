package io.github.xconnector.sandbox;

import java.time.Instant;

/** What endpoint handlers share: the state, the media store and the response builders. */
record Services(SandboxState state, MediaStore media, Responses responses) {

  Instant now() {
    return state.clock().instant();
  }

  /** The user named by a path parameter, or an {@link ApiProblem} carrying X's "not found" partial error. */
  SandboxUser requireUser(Call call, String parameter) {
    String id = call.path(parameter);
    return state.user(id).orElseThrow(() -> new ApiProblem(
        Responses.onlyErrors(Problems.resourceNotFound("user", parameter, id))));
  }

  /** The post named by a path parameter, or an {@link ApiProblem} carrying X's "not found" partial error. */
  Post requirePost(Call call, String parameter) {
    String id = call.path(parameter);
    return state.post(id).orElseThrow(() -> new ApiProblem(
        Responses.onlyErrors(Problems.resourceNotFound("tweet", parameter, id))));
  }
}
