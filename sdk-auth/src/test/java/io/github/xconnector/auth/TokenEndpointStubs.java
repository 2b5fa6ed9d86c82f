package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** WireMock answers shaped like X's OAuth 2.0 endpoints, and the server they run on (127.0.0.1 only). */
final class TokenEndpointStubs {

  static final String TOKEN_PATH = "/2/oauth2/token";
  static final String REVOKE_PATH = "/2/oauth2/revoke";

  private TokenEndpointStubs() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  static URI url(WireMockExtension server, String path) {
    return URI.create(server.baseUrl() + path);
  }

  /** A token answer as X sends it: lowercase bearer, two hours, rotated refresh token. */
  static ResponseDefinitionBuilder tokens(String accessToken, String refreshToken, String scope) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
        .withBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + accessToken
            + "\",\"scope\":\"" + scope + "\",\"refresh_token\":\"" + refreshToken + "\"}");
  }

  static ResponseDefinitionBuilder oauthError(int status, String error, String description) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one query parameter of a URI, decoded. */
  static String queryParameter(URI uri, String name) {
    Map<String, String> parameters = QueryParameters.parse(uri.getRawQuery());
    return parameters.get(name);
  }
}
