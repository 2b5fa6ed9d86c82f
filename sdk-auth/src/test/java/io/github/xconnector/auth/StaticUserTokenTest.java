package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.XClient;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticUserTokenTest {

  private static final String TOKEN = "user-access-token-4Fz";

  @Test
  void forUser_token_isSuppliedAsUserContextWithUnknownScopes() {
    StaticBearerTokenProvider provider = StaticBearerTokenProvider.forUser(" " + TOKEN + " ");

    assertThat(provider.accessToken()).isEqualTo(TOKEN);
    assertThat(provider.authenticationType()).isEqualTo(AuthenticationType.USER_CONTEXT);
    assertThat(provider.grantedScopes()).isEmpty();
    assertThat(provider.refreshAfterRejection(TOKEN)).isFalse();
    assertThat(provider.toString()).contains("USER_CONTEXT").doesNotContain(TOKEN);
  }

  @Test
  void forUser_withScopes_operationNeedingAnotherScopeFailsBeforeSendingNamingIt() {
    StaticBearerTokenProvider provider =
        StaticBearerTokenProvider.forUser(TOKEN, List.of("tweet.read", "users.read"));
    // Nothing listens on port 9: a request that was sent would fail with an I/O error instead.
    XClient x = XClient.builder().baseUrl("http://127.0.0.1:9").credentials(provider).build();

    assertThat(provider.grantedScopes()).contains(java.util.Set.of("tweet.read", "users.read"));
    assertThatThrownBy(() -> x.likes().like("2244994945", "1460323737035677698"))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("like.write")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void forUser_blankOrPrefixedToken_isRefusedClearly() {
    assertThatThrownBy(() -> StaticBearerTokenProvider.forUser(" ")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("missing or blank");
    assertThatThrownBy(() -> StaticBearerTokenProvider.forUser("Bearer " + TOKEN))
        .isInstanceOf(XValidationException.class).hasMessageContaining("without the 'Bearer ' prefix");
  }
}
