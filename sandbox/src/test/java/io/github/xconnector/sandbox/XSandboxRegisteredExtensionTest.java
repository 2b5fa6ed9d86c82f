package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class XSandboxRegisteredExtensionTest {

  @RegisterExtension
  static XSandboxExtension limited = XSandboxExtension.using(XSandbox.builder().rateLimit("getMe", 1));

  @Test
  void registeredExtension_runsItsOwnConfiguredSandbox() {
    XSandbox sandbox = limited.sandbox();
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = sandbox.issueUserToken(sandbox.user("nora_quill").id());

    http.get("/2/users/me", token);

    assertThat(http.get("/2/users/me", token).status()).isEqualTo(429);
  }
}
