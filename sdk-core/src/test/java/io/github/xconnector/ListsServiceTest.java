package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.ListCreateResponse;
import io.github.xconnector.generated.model.ListExpansion;
import io.github.xconnector.generated.model.ListField;
import io.github.xconnector.generated.model.ListResponse;
import io.github.xconnector.generated.model.PinnedListsResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.generated.model.XList;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.ListDraft;
import io.github.xconnector.resources.ListUpdate;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lists: every operation against a stub of X, with the exact request and the decoded answer. */
class ListsServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String LIST_ID = "1441162269824405510";
  private static final String ME = "2244994945";
  private static final String LIST = "{\"id\":\"" + LIST_ID + "\",\"name\":\"Dev advocates\","
      + "\"created_at\":\"2021-09-23T21:04:52.000Z\",\"follower_count\":5,\"member_count\":3,"
      + "\"owner_id\":\"" + ME + "\",\"private\":false,\"description\":\"People who build with X\"}";
  private static final String LIST_PAGE = "{\"data\":[" + LIST + "],\"includes\":{\"users\":[{\"id\":\"" + ME
      + "\",\"name\":\"X Dev\",\"username\":\"XDevelopers\"}]},\"meta\":{\"result_count\":1,"
      + "\"next_token\":\"1710819323648428707\"}}";
  private static final String USER_PAGE = "{\"data\":[{\"id\":\"1319036828964454402\",\"name\":\"Birdwatch\","
      + "\"username\":\"birdwatch\"}],\"meta\":{\"result_count\":1,\"next_token\":\"5676935732641845249\"}}";

  @Test
  void create_postsNameDescriptionAndPrivacy_andDecodesIdAndName() {
    x.stubFor(post("/2/lists").willReturn(okJson("{\"data\":{\"id\":\"" + LIST_ID + "\",\"name\":\"test v2 create"
        + " list\"}}")));

    ListCreateResponse created = client(x).lists().create(ListDraft.named("test v2 create list")
        .withDescription("list for testing").asPrivate());

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/2/lists");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(equalToJson("{\"name\":\"test v2 create list\",\"description\":\"list for testing\","
        + "\"private\":true}").match(request.getBodyAsString()).isExactMatch()).isTrue();
    assertBearer(request, USER_TOKEN);
    assertThat(created.getData().getId()).isEqualTo(LIST_ID);
    assertThat(created.getData().getName()).isEqualTo("test v2 create list");
  }

  @Test
  void create_publicDraft_sendsOnlyTheName_andAccepts201() {
    x.stubFor(post("/2/lists").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"1\",\"name\":\"n\"}}")));

    assertThat(client(x).lists().create(ListDraft.named("n")).getData().getId()).isEqualTo("1");

    assertThat(equalToJson("{\"name\":\"n\"}").match(onlyRequest(x).getBodyAsString()).isExactMatch()).isTrue();
  }

  @Test
  void create_after503_isNotSentAgain_becauseEachCallMakesANewList() {
    x.stubFor(post("/2/lists").willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(ServerException.class, () -> client(x).lists().create(ListDraft.named("once")));

    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void create_nameOf26Characters_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).lists().create(ListDraft.named("a".repeat(26))));

    assertThat(failure).hasMessageContaining("name");
    assertNoRequest(x);
  }

  @Test
  void create_descriptionOf101Characters_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).lists().create(ListDraft.named("ok").withDescription("d".repeat(101))));

    assertThat(failure).hasMessageContaining("description");
    assertNoRequest(x);
  }

  @Test
  void create_withoutListWriteScope_isRefusedBeforeSending_namingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "list.read", "tweet.read", "users.read")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> client.lists().create(ListDraft.named("n")))).hasMessageContaining("list.write");
    assertNoRequest(x);
  }

  @Test
  void update_putsOnlyTheChanges_andDecodesUpdated() {
    x.stubFor(put("/2/lists/" + LIST_ID).willReturn(okJson("{\"data\":{\"updated\":true}}")));

    boolean updated = client(x).lists().update(LIST_ID, ListUpdate.rename("Renamed").asPublic()).getData()
        .getUpdated();

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getMethod().getName()).isEqualTo("PUT");
    assertThat(request.getUrl()).isEqualTo("/2/lists/" + LIST_ID);
    assertThat(equalToJson("{\"name\":\"Renamed\",\"private\":false}").match(request.getBodyAsString())
        .isExactMatch()).isTrue();
    assertThat(updated).isTrue();
  }

  @Test
  void update_badListId_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).lists().update("my-list", ListUpdate.changes().withDescription("")));

    assertThat(failure).hasMessageContaining("listId");
    assertNoRequest(x);
  }

  @Test
  void delete_deletesAndDecodesDeleted() {
    x.stubFor(delete("/2/lists/" + LIST_ID).willReturn(okJson("{\"data\":{\"deleted\":true}}")));

    assertThat(client(x).lists().delete(LIST_ID).getData().getDeleted()).isTrue();

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getMethod().getName()).isEqualTo("DELETE");
    assertThat(request.getUrl()).isEqualTo("/2/lists/" + LIST_ID);
  }

  @Test
  void get_withListFieldsAndOwnerExpansion_sendsThem_andDecodesTheListAndOwner() {
    x.stubFor(get(urlPathEqualTo("/2/lists/" + LIST_ID)).willReturn(okJson("{\"data\":" + LIST
        + ",\"includes\":{\"users\":[{\"id\":\"" + ME + "\",\"name\":\"X Dev\",\"username\":\"XDevelopers\","
        + "\"created_at\":\"2013-12-14T04:35:55.000Z\"}]}}")));

    ListResponse response = client(x).lists().get(LIST_ID, Fields.builder()
        .list(ListField.CREATED_AT, ListField.FOLLOWER_COUNT, ListField.OWNER_ID).expand(ListExpansion.OWNER_ID)
        .user(UserField.CREATED_AT).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "list.fields", List.of("created_at,follower_count,owner_id"),
        "expansions", List.of("owner_id"),
        "user.fields", List.of("created_at")));
    XList list = response.getData();
    assertThat(list.getName()).isEqualTo("Dev advocates");
    assertThat(list.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2021-09-23T21:04:52Z"));
    assertThat(list.getFollowerCount()).isEqualTo(5L);
    assertThat(list.getMemberCount()).isEqualTo(3L);
    assertThat(list.getPrivate()).isFalse();
    assertThat(list.getOwnerId()).isEqualTo(ME);
    assertThat(response.getIncludes().getUsers()).extracting(User::getUsername).containsExactly("XDevelopers");
  }

  @Test
  void get_unknownMembersAndAppOnlyToken_areAccepted() {
    x.stubFor(get(urlPathEqualTo("/2/lists/" + LIST_ID)).willReturn(okJson("{\"data\":{\"id\":\"" + LIST_ID
        + "\",\"name\":\"n\",\"banner\":{\"url\":\"u\"}}}")));
    XClient client = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly("app")).build();

    XList list = client.lists().get(LIST_ID).getData();

    assertThat(list.getName()).isEqualTo("n");
    assertThat(list.getAdditionalProperties()).containsKey("banner");
    assertBearer(onlyRequest(x), "app");
  }

  @Test
  void members_sendsPageSizeTokenAndFields_andDecodesUsersAndNextToken() {
    x.stubFor(get(urlPathEqualTo("/2/lists/" + LIST_ID + "/members")).willReturn(okJson(USER_PAGE)));

    Page<User> page = client(x).lists().members(LIST_ID, PageRequest.builder().maxResults(5)
        .fields(Fields.builder().user(UserField.CREATED_AT).build()).paginationToken("1710819323648428707").build())
        .firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("5"),
        "pagination_token", List.of("1710819323648428707"),
        "user.fields", List.of("created_at")));
    assertThat(page.items()).extracting(User::getUsername).containsExactly("birdwatch");
    assertThat(page.nextToken()).contains("5676935732641845249");
  }

  @Test
  void members_pageOf101_andATokenLongerThan19_areRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XValidationException.class, () -> client(x).lists().members(LIST_ID,
        PageRequest.builder().maxResults(101).build()))).hasMessageContaining("maxResults must be from 1 to 100");
    assertThat(catchThrowableOfType(XValidationException.class, () -> client(x).lists().members(LIST_ID,
        PageRequest.builder().paginationToken("12345678901234567890").build()).firstPage()))
        .hasMessageContaining("pagination_token");
    assertNoRequest(x);
  }

  @Test
  void members_withoutListReadScope_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> client.lists().members(LIST_ID)
        .firstPage())).hasMessageContaining("list.read").hasMessageContaining("GET /2/lists/{id}/members");
    assertNoRequest(x);
  }

  @Test
  void addMember_postsUserId_andAfter503IsSentAgain_becauseTheSpecMarksItRetrySafe() {
    x.stubFor(post("/2/lists/" + LIST_ID + "/members").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    x.stubFor(post("/2/lists/" + LIST_ID + "/members").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson("{\"data\":{\"is_member\":true}}")));

    assertThat(client(x).lists().addMember(LIST_ID, "1319036828964454402").getData().getIsMember()).isTrue();

    assertThat(requests(x)).hasSize(2).allSatisfy(request -> {
      assertThat(request.getUrl()).isEqualTo("/2/lists/" + LIST_ID + "/members");
      assertThat(equalToJson("{\"user_id\":\"1319036828964454402\"}").match(request.getBodyAsString())
          .isExactMatch()).isTrue();
    });
  }

  @Test
  void addMember_badUserId_isRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client(x).lists().addMember(LIST_ID, "@birdwatch"))).hasMessageContaining("user_id");
    assertNoRequest(x);
  }

  @Test
  void removeMember_deletesTheMemberPath_andDecodesIsMember() {
    x.stubFor(delete("/2/lists/" + LIST_ID + "/members/1319036828964454402")
        .willReturn(okJson("{\"data\":{\"is_member\":false}}")));

    assertThat(client(x).lists().removeMember(LIST_ID, "1319036828964454402").getData().getIsMember()).isFalse();
    assertThat(onlyRequest(x).getMethod().getName()).isEqualTo("DELETE");
  }

  @Test
  void followers_sendsTheQuery_andDecodesUsers() {
    x.stubFor(get(urlPathEqualTo("/2/lists/" + LIST_ID + "/followers")).willReturn(okJson(USER_PAGE)));

    List<User> followers = client(x).lists().followers(LIST_ID, PageRequest.builder().maxResults(100).build())
        .firstPage().items();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("100")));
    assertThat(followers).extracting(User::getId).containsExactly("1319036828964454402");
  }

  @Test
  void posts_sendsPostFields_andDecodesPosts() {
    x.stubFor(get(urlPathEqualTo("/2/lists/" + LIST_ID + "/tweets")).willReturn(okJson("{\"data\":[{\"id\":"
        + "\"1458172421115101189\",\"text\":\"Hello list\",\"author_id\":\"1319036828964454402\","
        + "\"edit_history_tweet_ids\":[\"1458172421115101189\"]}],\"meta\":{\"result_count\":1,"
        + "\"next_token\":\"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i\"}}")));

    Page<Post> page = client(x).lists().posts(LIST_ID, PageRequest.builder()
        .fields(Fields.builder().post(PostField.AUTHOR_ID).build()).build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("tweet.fields", List.of("author_id")));
    assertThat(page.items()).extracting(Post::getAuthorId).containsExactly("1319036828964454402");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i");
  }

  @Test
  void owned_followedAndMemberships_readTheirPaths_andDecodeLists() {
    for (String path : List.of("owned_lists", "followed_lists", "list_memberships")) {
      x.stubFor(get(urlPathEqualTo("/2/users/" + ME + "/" + path)).willReturn(okJson(LIST_PAGE)));
    }
    PageRequest request = PageRequest.builder().maxResults(10)
        .fields(Fields.builder().list(ListField.OWNER_ID).expand(ListExpansion.OWNER_ID).build()).build();

    Page<XList> owned = client(x).lists().owned(ME, request).firstPage();
    Page<XList> followed = client(x).lists().followed(ME, request).firstPage();
    Page<XList> memberships = client(x).lists().memberships(ME, request).firstPage();

    assertThat(requests(x)).extracting(r -> r.getUrl().replaceAll("\\?.*", "")).containsExactly(
        "/2/users/" + ME + "/owned_lists", "/2/users/" + ME + "/followed_lists",
        "/2/users/" + ME + "/list_memberships");
    assertThat(requests(x)).allSatisfy(r -> assertThat(query(r)).isEqualTo(Map.of("max_results", List.of("10"),
        "list.fields", List.of("owner_id"), "expansions", List.of("owner_id"))));
    for (Page<XList> page : List.of(owned, followed, memberships)) {
      assertThat(page.items()).extracting(XList::getId).containsExactly(LIST_ID);
      assertThat(page.nextToken()).contains("1710819323648428707");
      assertThat(page.includes().getUsers()).extracting(User::getUsername).containsExactly("XDevelopers");
    }
  }

  @Test
  void follow_postsListId_andUnfollowDeletesIt() {
    x.stubFor(post("/2/users/" + ME + "/followed_lists").willReturn(okJson("{\"data\":{\"following\":true}}")));
    x.stubFor(delete("/2/users/" + ME + "/followed_lists/" + LIST_ID)
        .willReturn(okJson("{\"data\":{\"following\":false}}")));

    assertThat(client(x).lists().follow(ME, LIST_ID).getData().getFollowing()).isTrue();
    assertThat(client(x).lists().unfollow(ME, LIST_ID).getData().getFollowing()).isFalse();

    List<LoggedRequest> sent = requests(x);
    assertThat(sent).extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
        "POST /2/users/" + ME + "/followed_lists", "DELETE /2/users/" + ME + "/followed_lists/" + LIST_ID);
    assertThat(equalToJson("{\"list_id\":\"" + LIST_ID + "\"}").match(sent.get(0).getBodyAsString())
        .isExactMatch()).isTrue();
  }

  @Test
  void pinned_pinAndUnpin_useTheirPaths_andDecode() {
    x.stubFor(get(urlPathEqualTo("/2/users/" + ME + "/pinned_lists")).willReturn(okJson("{\"data\":[" + LIST
        + "],\"meta\":{\"result_count\":1}}")));
    x.stubFor(post("/2/users/" + ME + "/pinned_lists").willReturn(okJson("{\"data\":{\"pinned\":true}}")));
    x.stubFor(delete("/2/users/" + ME + "/pinned_lists/" + LIST_ID)
        .willReturn(okJson("{\"data\":{\"pinned\":false}}")));

    assertThat(client(x).lists().pin(ME, LIST_ID).getData().getPinned()).isTrue();
    PinnedListsResponse pinned = client(x).lists().pinned(ME, Fields.builder().list(ListField.MEMBER_COUNT).build());
    assertThat(client(x).lists().unpin(ME, LIST_ID).getData().getPinned()).isFalse();

    assertThat(pinned.getData()).extracting(XList::getName).containsExactly("Dev advocates");
    assertThat(pinned.getMeta().getResultCount()).isEqualTo(1);
    List<LoggedRequest> sent = requests(x);
    assertThat(sent).extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
        "POST /2/users/" + ME + "/pinned_lists", "GET /2/users/" + ME + "/pinned_lists?list.fields=member_count",
        "DELETE /2/users/" + ME + "/pinned_lists/" + LIST_ID);
    assertThat(equalToJson("{\"list_id\":\"" + LIST_ID + "\"}").match(sent.get(0).getBodyAsString())
        .isExactMatch()).isTrue();
  }

  @Test
  void pinned_withAppOnlyToken_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly("app")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> client.lists().pinned(ME)))
        .hasMessageContaining("app-only");
    assertNoRequest(x);
  }

  @Test
  void drafts_areImmutableValues() {
    ListDraft draft = ListDraft.named("a");
    ListDraft described = draft.withDescription("d");

    assertThat(draft.description()).isNull();
    assertThat(described.description()).isEqualTo("d");
    assertThat(described.asPrivate().isPrivate()).isTrue();
    assertThat(described.isPrivate()).isFalse();
    assertThat(ListDraft.named("a").withDescription("d")).isEqualTo(described);
    assertThat(ListUpdate.changes().name()).isNull();
    assertThat(ListUpdate.rename("b").asPrivate().isPrivate()).isTrue();
    assertThat(ListUpdate.changes().isPrivate()).isNull();
  }
}
