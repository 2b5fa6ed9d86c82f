package io.github.xconnector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.generated.model.DeletePostResponse;
import io.github.xconnector.generated.model.FollowResponse;
import io.github.xconnector.generated.model.LikeResponse;
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountsBucket;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.generated.model.PostPage;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.model.RepostResponse;
import io.github.xconnector.generated.model.UndoRepostResponse;
import io.github.xconnector.generated.model.UnfollowResponse;
import io.github.xconnector.generated.model.UnlikeResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserPage;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.paging.Expansions;
import io.github.xconnector.testing.XTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response example of X's documentation for a supported endpoint decodes into its model. */
class DocumentedExamplesDecodingTest {

  /** Error bodies among the documentation examples; {@link ErrorDecodingTest} decodes them. */
  private static final Set<String> ERROR_EXAMPLES = Set.of(
      "fundamentals_rate-limits__0.json", "fundamentals_response-codes-and-errors__0.json");

  private final ObjectMapper mapper = JsonMappers.create();

  static Stream<Arguments> examples() {
    return Stream.of(
        example("fundamentals_edit-posts__0.json", PostResponse.class,
            r -> assertThat(r.getData().getEditHistoryTweetIds()).containsExactly("1234567890", "1234567891")),
        example("fundamentals_edit-posts__1.json", PostResponse.class, r -> {
          assertThat(r.getData().getEditControls().getIsEditEligible()).isTrue();
          assertThat(r.getData().getEditControls().getEditsRemaining()).isEqualTo(3);
          assertThat(r.getData().getEditControls().getEditableUntil())
              .isEqualTo(OffsetDateTime.parse("2024-01-15T12:30:00Z"));
        }),
        example("fundamentals_edit-posts__2.json", PostResponse.class,
            r -> assertThat(r.getIncludes().getTweets()).extracting(Post::getText)
                .containsExactly("Original text (with typo)")),
        example("fundamentals_expansions__0.json", PostResponse.class,
            r -> assertThat(new Expansions(r.getIncludes()).author(r.getData()))
                .hasValueSatisfying(u -> assertThat(u.getUsername()).isEqualTo("xdevelopers"))),
        example("fundamentals_expansions__1.json", PostResponse.class, r -> {
          assertThat(new Expansions(r.getIncludes()).media(r.getData())).singleElement().satisfies(m -> {
            assertThat(m.getType()).isEqualTo("photo");
            assertThat(m.getAltText()).isEqualTo("Example image");
          });
          assertThat(r.getIncludes().getUsers().get(0).getPublicMetrics().getFollowersCount()).isEqualTo(570842);
        }),
        example("fundamentals_fields__0.json", PostResponse.class, r -> {
          assertThat(r.getData().getLang()).isEqualTo("en");
          assertThat(r.getData().getCreatedAt()).isEqualTo(OffsetDateTime.parse("2024-01-15T12:00:00Z"));
          assertThat(r.getData().getPublicMetrics().getImpressionCount()).isEqualTo(1500);
          assertThat(r.getData().getPublicMetrics().getBookmarkCount()).isEqualTo(3);
        }),
        example("fundamentals_fields__1.json", UserResponse.class, r -> {
          assertThat(r.getData().getCreatedAt()).isEqualTo(OffsetDateTime.parse("2013-12-14T04:35:55Z"));
          assertThat(r.getData().getPublicMetrics().getListedCount()).isEqualTo(1672);
        }),
        example("fundamentals_fields__2.json", PostResponse.class,
            r -> assertThat(r.getIncludes().getUsers().get(0).getPublicMetrics().getFollowingCount()).isEqualTo(2048)),
        example("fundamentals_metrics__0.json", PostResponse.class, r -> {
          assertThat(r.getData().getPublicMetrics().getQuoteCount()).isEqualTo(5);
          assertThat(r.getData().getPublicMetrics().getRetweetCount()).isEqualTo(50);
        }),
        example("fundamentals_metrics__1.json", PostResponse.class, r -> {
          assertThat(r.getData().getNonPublicMetrics().getImpressionCount()).isEqualTo(5432);
          assertThat(r.getData().getOrganicMetrics().getLikeCount()).isEqualTo(234);
        }),
        example("fundamentals_metrics__2.json", PostResponse.class, r -> {
          Media video = r.getIncludes().getMedia().get(0);
          assertThat(video.getPublicMetrics().getViewCount()).isEqualTo(12543L);
          assertThat(video.getNonPublicMetrics().getPlayback100Count()).isEqualTo(3210L);
        }),
        example("fundamentals_pagination__0.json", PostPage.class, r -> {
          assertThat(r.getData()).extracting(Post::getId).containsExactly("1234", "1235");
          assertThat(r.getMeta().getNextToken()).isEqualTo("7140w9gefhslx3");
          assertThat(r.getMeta().getPreviousToken()).isEqualTo("77qp89slxjd");
          assertThat(r.getMeta().getResultCount()).isEqualTo(100);
        }),
        example("fundamentals_response-codes-and-errors__1.json", PostsResponse.class, r -> {
          assertThat(r.getData()).extracting(Post::getText).containsExactly("Hello");
          assertThat(r.getErrors().get(0).getResourceId()).isEqualTo("456");
          assertThat(r.getErrors().get(0).getResourceType()).isEqualTo("tweet");
        }),
        example("media_quickstart_media-upload-chunked__0.json", MediaUploadResponse.class, r -> {
          assertThat(r.getData().getId()).isEqualTo("1880028106020515840");
          assertThat(r.getData().getMediaKey()).isEqualTo("13_1880028106020515840");
        }),
        example("media_quickstart_media-upload-chunked__1.json", MediaUploadResponse.class, r -> {
          assertThat(r.getData().getSize()).isEqualTo(1048576);
          assertThat(r.getData().getProcessingInfo().getState()).isEqualTo("pending");
        }),
        example("posts_counts_quickstart_recent-tweet-counts__0.json", PostCountsResponse.class, r -> {
          assertThat(r.getData()).extracting(PostCountsBucket::getTweetCount).containsExactly(5, 3, 8);
          assertThat(r.getData().get(2).getEnd()).isEqualTo(OffsetDateTime.parse("2024-01-18T00:00:00Z"));
        }),
        example("posts_likes_quickstart_likes-lookup__0.json", UserPage.class, r -> {
          assertThat(r.getData()).extracting(User::getUsername).containsExactly("TwitterSupport", "Twitter");
          assertThat(r.getMeta().getResultCount()).isEqualTo(2);
        }),
        example("posts_likes_quickstart_likes-lookup__1.json", PostPage.class,
            r -> assertThat(r.getData().get(0).getPublicMetrics().getLikeCount()).isEqualTo(42)),
        example("posts_likes_quickstart_manage-likes__0.json", LikeResponse.class,
            r -> assertThat(r.getData().getLiked()).isTrue()),
        example("posts_likes_quickstart_manage-likes__1.json", UnlikeResponse.class,
            r -> assertThat(r.getData().getLiked()).isFalse()),
        example("posts_lookup_integrate__0.json", PostResponse.class,
            r -> assertThat(r.getData().getText()).isEqualTo("Hello world!")),
        example("posts_lookup_integrate__1.json", PostResponse.class,
            r -> assertThat(r.getData().getEditHistoryTweetIds()).hasSize(3).endsWith("1234567893")),
        example("posts_lookup_integrate__2.json", PostsResponse.class, r -> {
          assertThat(r.getData()).extracting(Post::getText).containsExactly("Available post");
          assertThat(r.getErrors().get(0).getDetail()).isEqualTo("Could not find tweet with id: [1234567891].");
        }),
        example("posts_lookup_quickstart__0.json", PostResponse.class,
            r -> assertThat(r.getData().getId()).isEqualTo("1228393702244134912")),
        example("posts_lookup_quickstart__1.json", PostResponse.class, r -> {
          assertThat(r.getData().getPublicMetrics().getReplyCount()).isEqualTo(23);
          assertThat(r.getIncludes().getUsers().get(0).getVerified()).isTrue();
        }),
        example("posts_manage-tweets_quickstart__1.json", CreatePostResponse.class,
            r -> assertThat(r.getData().getId()).isEqualTo("1445880548472328192")),
        example("posts_manage-tweets_quickstart__2.json", DeletePostResponse.class,
            r -> assertThat(r.getData().getDeleted()).isTrue()),
        example("posts_retweets_quickstart_manage-retweets__0.json", RepostResponse.class,
            r -> assertThat(r.getData().getRetweeted()).isTrue()),
        example("posts_retweets_quickstart_manage-retweets__1.json", UndoRepostResponse.class,
            r -> assertThat(r.getData().getRetweeted()).isFalse()),
        example("posts_retweets_quickstart_retweets-lookup__0.json", UserPage.class, r -> {
          assertThat(r.getData().get(0).getCreatedAt()).isEqualTo(OffsetDateTime.parse("2008-12-04T18:51:57Z"));
          assertThat(r.getMeta().getNextToken()).isEqualTo("7140dibdnow9c7btw3z2vwioavpvutgzrzm9icis4ndix");
        }),
        example("posts_retweets_quickstart_retweets-lookup__1.json", UserPage.class, r -> {
          assertThat(r.getData().get(0).getPinnedTweetId()).isEqualTo("1389270063807598594");
          assertThat(r.getIncludes().getTweets().get(0).getId()).isEqualTo("1389270063807598594");
        }),
        example("posts_search_quickstart_recent-search__0.json", PostPage.class, r -> {
          assertThat(r.getData()).hasSize(2);
          assertThat(r.getMeta().getNewestId()).isEqualTo("1234567890123456789");
          assertThat(r.getMeta().getOldestId()).isEqualTo("1234567890123456788");
        }),
        example("posts_search_quickstart_recent-search__1.json", PostPage.class,
            r -> assertThat(r.getIncludes().getUsers().get(0).getUsername()).isEqualTo("pythondev")),
        example("posts_timelines_quickstart_reverse-chron-quickstart__0.json", UserResponse.class,
            r -> assertThat(r.getData().getUsername()).isEqualTo("XDevelopers")),
        example("posts_timelines_quickstart_reverse-chron-quickstart__1.json", PostPage.class,
            r -> assertThat(r.getMeta().getNextToken()).isEqualTo("7140dibdnow9c7btw421dyz6jism75z99gyxd8egarsc4")),
        example("posts_timelines_quickstart_user-mention-quickstart__0.json", PostPage.class, r -> {
          assertThat(r.getData().get(0).getAuthorId()).isEqualTo("1234567890");
          assertThat(r.getIncludes().getUsers().get(0).getName()).isEqualTo("Dev Person");
        }),
        example("users_follows_quickstart__0.json", UserPage.class,
            r -> assertThat(r.getData().get(0).getPublicMetrics().getTweetCount()).isEqualTo(1500)),
        example("users_follows_quickstart__1.json", FollowResponse.class, r -> {
          assertThat(r.getData().getFollowing()).isTrue();
          assertThat(r.getData().getPendingFollow()).isFalse();
        }),
        example("users_follows_quickstart__2.json", UnfollowResponse.class,
            r -> assertThat(r.getData().getFollowing()).isFalse()),
        example("users_lookup_integrate__0.json", UserResponse.class,
            r -> assertThat(r.getData().getName()).isEqualTo("X Developers")),
        example("users_lookup_integrate__1.json", UserResponse.class, r -> {
          assertThat(r.getData().getPinnedTweetId()).isEqualTo("1234567890");
          assertThat(r.getIncludes().getTweets().get(0).getCreatedAt())
              .isEqualTo(OffsetDateTime.parse("2024-01-15T10:00:00Z"));
        }),
        example("users_lookup_integrate__2.json", UsersResponse.class, r -> {
          assertThat(r.getData()).extracting(User::getId).containsExactly("2244994945");
          assertThat(r.getErrors().get(0).getResourceType()).isEqualTo("user");
        }),
        example("users_lookup_introduction__0.json", UserResponse.class,
            r -> assertThat(r.getData().getPublicMetrics().getFollowersCount()).isEqualTo(583423)),
        example("users_lookup_quickstart_authenticated-lookup__0.json", UserResponse.class,
            r -> assertThat(r.getData().getProfileImageUrl()).isNotNull()),
        example("users_lookup_quickstart_authenticated-lookup__1.json", UserResponse.class,
            r -> assertThat(r.getIncludes().getTweets().get(0).getText()).isEqualTo("Welcome to my profile!")),
        example("users_lookup_quickstart_user-lookup__0.json", UserResponse.class,
            r -> assertThat(r.getData().getVerified()).isTrue()),
        example("users_lookup_quickstart_user-lookup__1.json", UserResponse.class, r -> {
          assertThat(r.getData()).isNull();
          assertThat(r.getErrors().get(0).getTitle()).isEqualTo("Not Found Error");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void decode_documentedExample_decodesIntoModelWithKeyFields(String file, Class<Object> model,
      Consumer<Object> check) throws IOException {
    check.accept(mapper.readValue(XTest.example("docs/" + file), model));
  }

  @Test
  void examples_everyCopiedDocumentationExample_isDecodedByATest() throws IOException, URISyntaxException {
    Path dir = Paths.get(DocumentedExamplesDecodingTest.class.getResource("/x-examples/docs").toURI());
    Set<String> copied;
    try (Stream<Path> files = Files.list(dir)) {
      copied = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    Set<String> tested = examples().map(a -> (String) a.get()[0]).collect(Collectors.toSet());

    assertThat(copied).containsExactlyInAnyOrderElementsOf(
        Stream.concat(tested.stream(), ERROR_EXAMPLES.stream()).collect(Collectors.toSet()));
  }

  private static <T> Arguments example(String file, Class<T> model, Consumer<T> check) {
    return Arguments.of(file, model, check);
  }
}
