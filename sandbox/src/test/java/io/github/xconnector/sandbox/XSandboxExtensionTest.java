package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(XSandboxExtension.class)
class XSandboxExtensionTest {

  private static XSandbox fromBeforeAll;

  @BeforeAll
  static void remember(XSandbox sandbox) {
    fromBeforeAll = sandbox;
  }

  @Test
  void parameter_injectsARunningSandbox(XSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).get("/2/users/me",
        sandbox.issueUserToken(sandbox.authorizingUser().id()));

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void parameter_sameSandboxForTheWholeClass(XSandbox sandbox) {
    assertThat(sandbox).isSameAs(fromBeforeAll);
  }

  @Nested
  class InANestedClass {

    @Test
    void parameter_sharesTheOuterClassSandbox(XSandbox sandbox) {
      assertThat(sandbox).isSameAs(fromBeforeAll);
    }
  }
}
