package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.answerInTurn;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.BookmarkFolder;
import io.github.xconnector.generated.model.BookmarkFolderPost;
import io.github.xconnector.generated.model.BookmarkFolderPostsResponse;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bookmark folders and the posts in one, against a stub of X. */
class BookmarkFoldersTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "2244994945";

  @Test
  void folders_walksEveryPage_withPageSizeAndToken() {
    answerInTurn(x, "GET", "/2/users/" + ME + "/bookmarks/folders",
        okJson("{\"data\":[{\"id\":\"1146654567674912769\",\"name\":\"Reading\"}],\"meta\":{\"next_token\":\"p2\"}}"),
        okJson("{\"data\":[{\"id\":\"1146654567674912770\",\"name\":\"Recipes\",\"color\":\"green\"}],"
            + "\"meta\":{}}"));

    List<BookmarkFolder> folders = client(x).bookmarks().folders(ME, PageRequest.builder().maxResults(1).build())
        .stream().collect(Collectors.toList());

    assertThat(requests(x)).hasSize(2);
    assertThat(query(requests(x).get(0))).isEqualTo(Map.of("max_results", List.of("1")));
    assertThat(query(requests(x).get(1))).isEqualTo(Map.of("max_results", List.of("1"),
        "pagination_token", List.of("p2")));
    assertBearer(requests(x).get(0), USER_TOKEN);
    assertThat(folders).extracting(BookmarkFolder::getName).containsExactly("Reading", "Recipes");
    assertThat(folders.get(1).getAdditionalProperties()).containsEntry("color", "green");
  }

  @Test
  void folders_withFields_isRefusedBeforeSending() {
    PageRequest withFields = PageRequest.builder().fields(Fields.builder().user(UserField.NAME).build()).build();

    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> client(x).bookmarks().folders(ME, withFields))).hasMessageContaining("no fields");
    assertNoRequest(x);
  }

  @Test
  void folders_pageOf101_isRefusedWithTheSpecsBounds() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client(x).bookmarks().folders(ME, PageRequest.builder().maxResults(101).build())))
        .hasMessageContaining("maxResults must be from 1 to 100, was 101");
    assertNoRequest(x);
  }

  @Test
  void inFolder_getsThePostIdsOfTheFolder() {
    x.stubFor(get("/2/users/" + ME + "/bookmarks/folders/1146654567674912769")
        .willReturn(okJson("{\"data\":[{\"id\":\"1460323737035677698\"},{\"id\":\"1460323737035677699\"}]}")));

    BookmarkFolderPostsResponse response = client(x).bookmarks().inFolder(ME, "1146654567674912769");

    x.verify(1, getRequestedFor(urlEqualTo("/2/users/" + ME + "/bookmarks/folders/1146654567674912769")));
    assertThat(query(onlyRequest(x))).isEmpty();
    assertThat(response.getData()).extracting(BookmarkFolderPost::getId)
        .containsExactly("1460323737035677698", "1460323737035677699");
  }

  @Test
  void inFolder_folderIdThatIsNotNumeric_isRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client(x).bookmarks().inFolder(ME, "reading"))).hasMessageContaining("folderId");
    assertNoRequest(x);
  }

  @Test
  void inFolder_withoutBookmarkReadScope_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> client.bookmarks().inFolder(ME, "1"))).hasMessageContaining("bookmark.read");
    assertNoRequest(x);
  }
}
