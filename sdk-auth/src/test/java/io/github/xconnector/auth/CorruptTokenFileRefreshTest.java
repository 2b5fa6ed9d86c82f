package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.auth.TokenEndpointStubs.REVOKE_PATH;
import static io.github.xconnector.auth.TokenEndpointStubs.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A token file damaged on disk while a provider holds a valid pair in memory. */
class CorruptTokenFileRefreshTest {

  @RegisterExtension
  static WireMockExtension x = TokenEndpointStubs.server();

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  @TempDir
  Path directory;

  private final MutableClock clock = new MutableClock(NOW);

  static Stream<Arguments> damage() {
    return Stream.of(
        Arguments.of("binary bytes", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, 0, (byte) 0xC3, '('}),
        Arguments.of("a pair cut off", "{\"access_token\":\"access-old\",\"refr".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("an empty file", new byte[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damage")
  void accessToken_tokenFileDamagedAfterLoad_refreshesWithThePairInMemoryAndWritesTheNewPairOverIt(String what,
      byte[] content) throws IOException {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new",
        "tweet.read users.read offline.access")));
    FileTokenStore store = new FileTokenStore(directory.resolve("x-tokens.json"));
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder()
        .clientId("client-1")
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH))
        .revokeUrl(TokenEndpointStubs.url(x, REVOKE_PATH))
        .clock(clock)
        .build();
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow).tokenStore(store)
        .tokens(OAuth2Tokens.of("access-old", "refresh-old", NOW.plusSeconds(3600), List.of("tweet.read")))
        .build();
    Files.write(store.file(), content);

    clock.advance(Duration.ofHours(1));
    assertThat(provider.accessToken()).isEqualTo("access-new");

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withFormParam("refresh_token", equalTo("refresh-old")));
    assertThat(new FileTokenStore(store.file()).load()).hasValueSatisfying(saved -> {
      assertThat(saved.accessToken()).isEqualTo("access-new");
      assertThat(saved.refreshToken()).contains("refresh-new");
    });
  }
}
