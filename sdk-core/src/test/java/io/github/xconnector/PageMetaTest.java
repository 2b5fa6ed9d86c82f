package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.paging.Page;
import io.github.xconnector.testing.XTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pages expose all of X's pagination meta, with the member names the spec's x-pagination gives. */
class PageMetaTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  @Test
  void userPosts_pageWithFullMeta_exposesNextPreviousNewestOldestAndCount() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(okJson("{\"data\":["
        + "{\"id\":\"1338971066773905408\",\"text\":\"a\"},{\"id\":\"1334987486343299072\",\"text\":\"b\"}],"
        + "\"meta\":{\"oldest_id\":\"1334987486343299072\",\"newest_id\":\"1338971066773905408\",\"result_count\":2,"
        + "\"next_token\":\"7140dibdnow9c7btw3w1y917odc9m0dy7jz0ihyj8bzwa\","
        + "\"previous_token\":\"77qpymm88g5h9vqklupuo5ksekq3jcg0d9y8lgjzg7gx\"}}")));

    Page<Post> page = client(x).timelines().userPosts("2244994945").firstPage();

    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3w1y917odc9m0dy7jz0ihyj8bzwa");
    assertThat(page.previousToken()).contains("77qpymm88g5h9vqklupuo5ksekq3jcg0d9y8lgjzg7gx");
    assertThat(page.newestId()).contains("1338971066773905408");
    assertThat(page.oldestId()).contains("1334987486343299072");
    assertThat(page.resultCount()).isEqualTo(2);
  }

  @Test
  void followers_pageWithPreviousToken_exposesIt_andNoIdsXDoesNotSend() {
    x.stubFor(get(urlPathEqualTo("/2/users/1/followers")).willReturn(okJson("{\"data\":["
        + "{\"id\":\"7\",\"name\":\"A\",\"username\":\"a\"}],"
        + "\"meta\":{\"result_count\":5,\"previous_token\":\"DFEDBNRFT3MHCZZZ\"}}")));

    Page<User> page = client(x).follows().followers("1").firstPage();

    assertThat(page.previousToken()).contains("DFEDBNRFT3MHCZZZ");
    assertThat(page.nextToken()).isEmpty();
    assertThat(page.newestId()).isEmpty();
    assertThat(page.resultCount()).isEqualTo(5);
  }
}
