package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.paging.Expansions;
import io.github.xconnector.paging.Page;
import io.github.xconnector.paging.Paginator;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.testing.XTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paginators fetch lazily, follow X's tokens with the right parameter, stop at the last page and resume. */
class PaginationTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String FOLLOWERS = "/2/users/2244994945/followers";
  private static final String SEARCH = "/2/tweets/search/recent";
  private static final String MENTIONS = "/2/users/2244994945/mentions";

  @Test
  void followers_threePages_followsPaginationTokensAndStopsWithoutNextToken() {
    stubUserPages(FOLLOWERS, "pagination_token");

    List<String> names = XTest.client(x).follows().followers("2244994945").stream()
        .map(User::getUsername).collect(Collectors.toList());

    assertThat(names).containsExactly("a1", "a2", "b1", "b2", "c1");
    assertThat(tokensSent("pagination_token")).containsExactly(null, "page-token-000002", "page-token-000003");
  }

  @Test
  void searchRecent_threePages_sendsNextTokenParameter() {
    stubPostPages(SEARCH, "next_token");

    List<String> ids = XTest.client(x).search().recent("java").stream().map(Post::getId)
        .collect(Collectors.toList());

    assertThat(ids).containsExactly("11", "12", "21", "22", "31");
    assertThat(tokensSent("next_token")).containsExactly(null, "page-token-000002", "page-token-000003");
    assertThat(requests(x)).allSatisfy(request -> {
      assertThat(request.queryParameter("query").firstValue()).isEqualTo("java");
      assertThat(request.queryParameter("pagination_token").isPresent()).isFalse();
    });
  }

  @Test
  void mentions_threePages_sendsPaginationTokenParameter() {
    stubPostPages(MENTIONS, "pagination_token");

    assertThat(XTest.client(x).timelines().mentions("2244994945").stream().count()).isEqualTo(5);
    assertThat(tokensSent("pagination_token")).containsExactly(null, "page-token-000002", "page-token-000003");
  }

  @Test
  void followers_paginatorNotConsumed_sendsNoRequest() {
    XTest.client(x).follows().followers("2244994945", PageRequest.builder().maxResults(10).build());

    assertNoRequest(x);
  }

  @Test
  void followers_streamLimitedToThree_fetchesOnlyTheFirstTwoPages() {
    stubUserPages(FOLLOWERS, "pagination_token");

    List<User> firstThree = XTest.client(x).follows().followers("2244994945").stream().limit(3)
        .collect(Collectors.toList());

    assertThat(firstThree).extracting(User::getUsername).containsExactly("a1", "a2", "b1");
    assertThat(tokensSent("pagination_token")).containsExactly(null, "page-token-000002");
  }

  @Test
  void followers_startingAtSavedToken_resumesAtThatPage() {
    stubUserPages(FOLLOWERS, "pagination_token");
    Page<User> first = XTest.client(x).follows().followers("2244994945").firstPage();
    String saved = first.nextToken().orElseThrow();
    x.resetRequests();

    List<User> rest = new ArrayList<>();
    XTest.client(x).follows().followers("2244994945", PageRequest.defaults().startingAt(saved)).forEach(rest::add);

    assertThat(rest).extracting(User::getUsername).containsExactly("b1", "b2", "c1");
    assertThat(tokensSent("pagination_token")).containsExactly("page-token-000002", "page-token-000003");
  }

  @Test
  void searchRecent_startingAtSavedToken_resumesWithNextToken() {
    stubPostPages(SEARCH, "next_token");

    List<Post> rest = XTest.client(x).search().recent(SearchRequest.builder("java").build().startingAt("page-token-000003"))
        .stream().collect(Collectors.toList());

    assertThat(rest).extracting(Post::getId).containsExactly("31");
    assertThat(tokensSent("next_token")).containsExactly("page-token-000003");
  }

  @Test
  void userPosts_pages_exposeMetaIncludesAndIterateLazily() {
    stubPostPages("/2/users/2244994945/tweets", "pagination_token");
    Paginator<Post> posts = XTest.client(x).timelines().userPosts("2244994945");

    List<Page<Post>> pages = new ArrayList<>();
    for (Page<Post> page : posts.pages()) {
      pages.add(page);
      assertThat(requests(x)).hasSize(pages.size());
    }

    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).resultCount()).isEqualTo(2);
    assertThat(pages.get(0).nextToken()).contains("page-token-000002");
    assertThat(pages.get(0).hasNextPage()).isTrue();
    assertThat(pages.get(2).hasNextPage()).isFalse();
    assertThat(pages.get(0).includes().getUsers()).extracting(User::getUsername).containsExactly("author-1");
  }

  @Test
  void paginator_iteratedTwice_startsEachWalkFromTheStart() {
    stubUserPages(FOLLOWERS, "pagination_token");
    Paginator<User> followers = XTest.client(x).follows().followers("2244994945");

    long first = followers.stream().count();
    long second = followers.stream().count();

    assertThat(first).isEqualTo(5);
    assertThat(second).isEqualTo(5);
    assertThat(tokensSent("pagination_token")).containsExactly(null, "page-token-000002", "page-token-000003", null, "page-token-000002", "page-token-000003");
  }

  @Test
  void paginator_pageRepeatingItsOwnToken_failsAfterItInsteadOfLooping() {
    x.stubFor(get(urlPathEqualTo(FOLLOWERS)).willReturn(okJson(
        "{\"data\":[{\"id\":\"1\",\"name\":\"n\",\"username\":\"loop\"}],\"meta\":{\"next_token\":\"same-page-token-0\"}}")));
    List<User> users = new ArrayList<>();

    assertThatThrownBy(() -> XTest.client(x).follows().followers("2244994945",
        PageRequest.defaults().startingAt("same-page-token-0")).forEach(users::add))
        .isInstanceOf(XIoException.class).hasMessageContaining("'same-page-token-0'");
    assertThat(users).hasSize(1);
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void expansions_pageWithIncludes_resolveAuthorMediaAndReferencedPosts() {
    x.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"data\":[{\"id\":\"100\",\"text\":\"look\","
        + "\"author_id\":\"7\",\"attachments\":{\"media_keys\":[\"3_2\",\"3_1\",\"3_missing\"]},"
        + "\"referenced_tweets\":[{\"type\":\"quoted\",\"id\":\"90\"},{\"type\":\"replied_to\",\"id\":\"91\"}]}],"
        + "\"includes\":{\"users\":[{\"id\":\"8\",\"name\":\"o\",\"username\":\"other\"},"
        + "{\"id\":\"7\",\"name\":\"A\",\"username\":\"author\"}],"
        + "\"media\":[{\"media_key\":\"3_1\",\"type\":\"photo\"},{\"media_key\":\"3_2\",\"type\":\"video\"}],"
        + "\"tweets\":[{\"id\":\"90\",\"text\":\"quoted\"}]},\"meta\":{\"result_count\":1}}")));

    Page<Post> page = XTest.client(x).search().recent("look").firstPage();
    Post post = page.items().get(0);
    Expansions expansions = page.expansions();

    assertThat(expansions.author(post)).map(User::getUsername).contains("author");
    assertThat(expansions.media(post)).extracting(Media::getType).containsExactly("video", "photo");
    assertThat(expansions.referencedPosts(post)).extracting(Post::getText).containsExactly("quoted");
    assertThat(expansions.post("91")).isEmpty();
  }

  @Test
  void expansions_pageWithoutIncludes_resolveNothing() {
    x.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson(
        "{\"data\":[{\"id\":\"100\",\"text\":\"t\",\"author_id\":\"7\",\"attachments\":{\"media_keys\":[\"3_1\"]}}]}")));

    Page<Post> page = XTest.client(x).search().recent("t").firstPage();

    assertThat(page.expansions().author(page.items().get(0))).isEmpty();
    assertThat(page.expansions().media(page.items().get(0))).isEmpty();
    assertThat(page.includes()).isNotNull();
  }

  @Test
  void followers_nextTokensGoingInACircle_failClearlyAfterReadingEachPageOnce() {
    stubPage(FOLLOWERS, "pagination_token", null,
        "{\"data\":[" + user("a1") + "],\"meta\":{\"next_token\":\"A\"}}");
    stubPage(FOLLOWERS, "pagination_token", "A", "{\"data\":[" + user("b1") + "],\"meta\":{\"next_token\":\"B\"}}");
    stubPage(FOLLOWERS, "pagination_token", "B", "{\"data\":[" + user("c1") + "],\"meta\":{\"next_token\":\"A\"}}");
    List<String> read = new ArrayList<>();

    XIoException failure = catchThrowableOfType(XIoException.class, () -> XTest.client(x).follows()
        .followers("2244994945").forEach(user -> read.add(user.getUsername())));

    assertThat(failure).hasMessageContaining("went in a circle").hasMessageContaining("'A'");
    assertThat(failure.possiblyDelivered()).isFalse();
    assertThat(read).containsExactly("a1", "b1", "c1");
    assertThat(tokensSent("pagination_token")).containsExactly(null, "A", "B");
  }

  private static void stubUserPages(String path, String tokenParameter) {
    stubPage(path, tokenParameter, null, "{\"data\":[" + user("a1") + "," + user("a2")
        + "],\"meta\":{\"result_count\":2,\"next_token\":\"page-token-000002\"}}");
    stubPage(path, tokenParameter, "page-token-000002", "{\"data\":[" + user("b1") + "," + user("b2")
        + "],\"meta\":{\"result_count\":2,\"next_token\":\"page-token-000003\",\"previous_token\":\"page-token-000001\"}}");
    stubPage(path, tokenParameter, "page-token-000003", "{\"data\":[" + user("c1")
        + "],\"meta\":{\"result_count\":1,\"previous_token\":\"page-token-000002\"}}");
  }

  private static void stubPostPages(String path, String tokenParameter) {
    String includes = ",\"includes\":{\"users\":[{\"id\":\"5\",\"name\":\"A\",\"username\":\"author-1\"}]}";
    stubPage(path, tokenParameter, null, "{\"data\":[" + post("11") + "," + post("12") + "]" + includes
        + ",\"meta\":{\"result_count\":2,\"next_token\":\"page-token-000002\"}}");
    stubPage(path, tokenParameter, "page-token-000002", "{\"data\":[" + post("21") + "," + post("22")
        + "],\"meta\":{\"result_count\":2,\"next_token\":\"page-token-000003\"}}");
    stubPage(path, tokenParameter, "page-token-000003", "{\"data\":[" + post("31") + "],\"meta\":{\"result_count\":1}}");
  }

  private static void stubPage(String path, String tokenParameter, String token, String body) {
    x.stubFor(get(urlPathEqualTo(path))
        .withQueryParam(tokenParameter, token == null ? absent() : equalTo(token))
        .willReturn(okJson(body)));
  }

  private static List<String> tokensSent(String parameter) {
    List<String> tokens = new ArrayList<>();
    for (LoggedRequest request : requests(x)) {
      tokens.add(request.queryParameter(parameter).isPresent() ? request.queryParameter(parameter).firstValue() : null);
    }
    return tokens;
  }

  private static String user(String username) {
    return "{\"id\":\"" + Math.abs(username.hashCode()) + "\",\"name\":\"N\",\"username\":\"" + username + "\"}";
  }

  private static String post(String id) {
    return "{\"id\":\"" + id + "\",\"text\":\"post " + id + "\",\"author_id\":\"5\"}";
  }
}
