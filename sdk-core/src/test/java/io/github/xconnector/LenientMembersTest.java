package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.testing.XTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One odd member never fails the answer: the rest decodes, the raw value stays reachable, nothing is resent. */
class LenientMembersTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  @Test
  void post_timestampNotIso8601_leavesItUnsetKeepsItRawAndDecodesTheRest() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1")).willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"hello\","
        + "\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\",\"author_id\":\"2244994945\","
        + "\"public_metrics\":{\"retweet_count\":\"many\",\"like_count\":7}}}")));

    Post post = client(x).posts().get("1").getData();

    assertThat(requests(x)).hasSize(1);
    assertThat(post.getText()).isEqualTo("hello");
    assertThat(post.getAuthorId()).isEqualTo("2244994945");
    assertThat(post.getCreatedAt()).isNull();
    assertThat(post.getAdditionalProperties()).containsEntry("created_at", "Wed Oct 10 20:19:24 +0000 2018");
    assertThat(post.getPublicMetrics().getLikeCount()).isEqualTo(7);
    assertThat(post.getPublicMetrics().getAdditionalProperties()).containsEntry("retweet_count", "many");
  }

  @Test
  void post_isoTimestamp_stillDecodes() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/2")).willReturn(okJson("{\"data\":{\"id\":\"2\",\"text\":\"t\","
        + "\"created_at\":\"2026-01-15T12:00:00.000Z\"}}")));

    assertThat(client(x).posts().get("2").getData().getCreatedAt())
        .isEqualTo(OffsetDateTime.parse("2026-01-15T12:00:00Z"));
  }
}
