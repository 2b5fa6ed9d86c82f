package io.github.xconnector.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.generated.model.ContextAnnotation;
import io.github.xconnector.generated.model.FullTextEntities;
import io.github.xconnector.generated.model.Includes;
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostMediaMetadataInner;
import io.github.xconnector.generated.model.PostNonPublicMetrics;
import io.github.xconnector.generated.model.PostOrganicMetrics;
import io.github.xconnector.generated.model.PostPage;
import io.github.xconnector.generated.model.PostPromotedMetrics;
import io.github.xconnector.generated.model.PostPublicMetrics;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.Topic;
import io.github.xconnector.generated.model.UrlEntity;
import io.github.xconnector.generated.model.UrlImage;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserAffiliation;
import io.github.xconnector.generated.model.UserEntities;
import io.github.xconnector.generated.model.UserPublicMetrics;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.internal.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members X sends in its responses are declared by the models: they decode into typed getters and are no longer
 * left in {@code getAdditionalProperties()}.
 *
 * <p>Bodies come from the documentation examples ({@code x-examples/docs/}) where those carry the members, and from
 * {@code x-examples/declared/} for members no documentation example shows (URL entity details, profile entities,
 * affiliation, topics, promoted metrics).
 */
class DeclaredMembersTest {

  private final ObjectMapper mapper = JsonMappers.create();

  @Test
  void decode_urlEntityDetails_areDeclared() throws IOException {
    Post post = read("declared/post_url_entity_details.json", PostResponse.class).getData();

    UrlEntity link = post.getEntities().getUrls().get(0);
    assertThat(link.getTitle()).isEqualTo("Notes on the lookup endpoints");
    assertThat(link.getDescription()).isEqualTo("What changed in the lookup endpoints and how to move to them.");
    assertThat(link.getUnwoundUrl()).isEqualTo(URI.create("https://devcommunity.example.com/t/lookup-endpoints/1201"));
    assertThat(link.getExpandedUrl()).isEqualTo(URI.create("https://devcommunity.example.com/t/lookup-endpoints/1201"));
    assertThat(link.getDisplayUrl()).isEqualTo("devcommunity.example.com/t/lookup-endp…");
    assertThat(link.getStatus()).isEqualTo(200);
    assertThat(link.getStart()).isEqualTo(43);
    assertThat(link.getEnd()).isEqualTo(66);
    assertThat(link.getImages()).hasSize(2);
    UrlImage image = link.getImages().get(0);
    assertThat(image.getUrl().toString()).startsWith("https://pbs.twimg.com/news_img/");
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    assertDeclared(link.getAdditionalProperties(),
        "title", "description", "unwound_url", "images", "status", "display_url", "expanded_url", "url", "start",
        "end");
    assertDeclared(image.getAdditionalProperties(), "url", "width", "height");

    UrlEntity mediaLink = post.getEntities().getUrls().get(1);
    assertThat(mediaLink.getMediaKey()).isEqualTo("3_1460323734170071040");
    assertDeclared(mediaLink.getAdditionalProperties(), "media_key");
    assertDeclared(post.getEntities().getAdditionalProperties(), "urls");
  }

  @Test
  void decode_contextAnnotationDescriptions_mediaMetadataAndArticleTitle_areDeclared() throws IOException {
    Post post = read("declared/post_url_entity_details.json", PostResponse.class).getData();

    ContextAnnotation annotation = post.getContextAnnotations().get(0);
    assertThat(annotation.getDomain().getDescription()).startsWith("Categories within brand verticals");
    assertThat(annotation.getEntity().getDescription()).startsWith("Brands, companies, advertisers");
    assertDeclared(annotation.getDomain().getAdditionalProperties(), "description");
    assertDeclared(annotation.getEntity().getAdditionalProperties(), "description");

    PostMediaMetadataInner metadata = post.getMediaMetadata().get(0);
    assertThat(metadata.getTitle()).isEqualTo("Request counts");
    assertThat(metadata.getDescription()).isEqualTo("Requests per day over one week");
    assertDeclared(metadata.getAdditionalProperties(), "title", "description");

    assertThat(post.getArticleTitle()).containsEntry("text", "Notes on the lookup endpoints");
    assertDeclared(post.getAdditionalProperties(), "article_title", "context_annotations", "media_metadata", "entities");
  }

  @Test
  void decode_userProfileEntities_areDeclared() throws IOException {
    User user = read("declared/user_profile_entities.json", UserResponse.class).getData();

    UserEntities entities = user.getEntities();
    FullTextEntities bio = entities.getDescription();
    assertThat(bio.getHashtags().get(0).getTag()).isEqualTo("XDevelopers");
    assertThat(bio.getMentions().get(0).getUsername()).isEqualTo("XDevSupport");
    assertThat(bio.getUrls().get(0).getExpandedUrl()).isEqualTo(URI.create("https://developer.x.com/en/community"));
    assertThat(bio.getCashtags().get(0).getTag()).isEqualTo("XYZ");
    assertDeclared(bio.getAdditionalProperties(), "hashtags", "mentions", "urls", "cashtags");
    assertDeclared(entities.getAdditionalProperties(), "description", "url");

    UrlEntity profileLink = entities.getUrl().getUrls().get(0);
    assertThat(profileLink.getTitle()).isEqualTo("Developer community");
    assertThat(profileLink.getDescription()).isEqualTo("Forums for people who build on the platform.");
    assertThat(profileLink.getDisplayUrl()).isEqualTo("developer.x.com/en/community");
    assertDeclared(profileLink.getAdditionalProperties(), "title", "description", "display_url");
    assertDeclared(entities.getUrl().getAdditionalProperties(), "urls");

    UserAffiliation affiliation = user.getAffiliation();
    assertThat(affiliation.getDescription()).isEqualTo("X Corp.");
    assertThat(affiliation.getUserId()).containsExactly("783214");
    assertDeclared(affiliation.getAdditionalProperties(), "description", "badge_url", "url", "user_id");

    UserPublicMetrics metrics = user.getPublicMetrics();
    assertThat(metrics.getMediaCount()).isEqualTo(863);
    assertThat(metrics.getLikeCount()).isEqualTo(2113);
    assertDeclared(metrics.getAdditionalProperties(), "media_count", "like_count");
    assertDeclared(user.getAdditionalProperties(), "entities", "affiliation", "public_metrics");
  }

  @Test
  void decode_pageIncludes_expandedUserEntitiesTopicsAndPromotedMetrics_areDeclared() throws IOException {
    PostPage page = read("declared/page_with_expanded_users_and_topics.json", PostPage.class);

    PostPromotedMetrics promoted = page.getData().get(0).getPromotedMetrics();
    assertThat(promoted.getImpressionCount()).isEqualTo(2400);
    assertThat(promoted.getUrlLinkClicks()).isEqualTo(56);
    assertThat(promoted.getUserProfileClicks()).isEqualTo(19);
    assertThat(promoted.getRetweetCount()).isEqualTo(7);
    assertDeclared(promoted.getAdditionalProperties(),
        "impression_count", "like_count", "reply_count", "retweet_count", "url_link_clicks", "user_profile_clicks");

    Includes includes = page.getIncludes();
    User author = includes.getUsers().get(0);
    assertThat(author.getEntities().getDescription().getHashtags().get(0).getTag()).isEqualTo("XDevelopers");
    assertDeclared(author.getEntities().getAdditionalProperties(), "description");

    Topic topic = includes.getTopics().get(0);
    assertThat(topic.getDescription()).isEqualTo("Everything about computers and software");
    assertDeclared(topic.getAdditionalProperties(), "description");
    assertDeclared(includes.getAdditionalProperties(), "users", "topics");

    assertThat(page.getMeta().getResultCount()).isEqualTo(1);
    assertThat(page.getMeta().getNewestId()).isEqualTo("1460323737035677698");
    assertDeclared(page.getMeta().getAdditionalProperties(), "newest_id", "oldest_id", "result_count");
  }

  @Test
  void decode_documentedNonPublicAndOrganicMetrics_areDeclared() throws IOException {
    Post post = read("docs/fundamentals_metrics__1.json", PostResponse.class).getData();

    PostNonPublicMetrics nonPublic = post.getNonPublicMetrics();
    assertThat(nonPublic.getImpressionCount()).isEqualTo(5432);
    assertThat(nonPublic.getUrlLinkClicks()).isEqualTo(89);
    assertThat(nonPublic.getUserProfileClicks()).isEqualTo(156);
    assertThat(nonPublic.getEngagements()).isEqualTo(345);
    assertDeclared(nonPublic.getAdditionalProperties(),
        "impression_count", "url_link_clicks", "user_profile_clicks", "engagements");

    PostOrganicMetrics organic = post.getOrganicMetrics();
    assertThat(organic.getImpressionCount()).isEqualTo(5432);
    assertThat(organic.getLikeCount()).isEqualTo(234);
    assertThat(organic.getReplyCount()).isEqualTo(12);
    assertThat(organic.getRetweetCount()).isEqualTo(50);
    assertThat(organic.getUrlLinkClicks()).isEqualTo(89);
    assertThat(organic.getUserProfileClicks()).isEqualTo(156);
    assertDeclared(organic.getAdditionalProperties(),
        "impression_count", "like_count", "reply_count", "retweet_count", "url_link_clicks", "user_profile_clicks");
    assertDeclared(post.getAdditionalProperties(), "non_public_metrics", "organic_metrics");
  }

  @Test
  void decode_documentedPublicMetrics_areDeclared() throws IOException {
    Post post = read("docs/fundamentals_metrics__0.json", PostResponse.class).getData();

    PostPublicMetrics metrics = post.getPublicMetrics();
    assertThat(metrics.getBookmarkCount()).isEqualTo(8);
    assertThat(metrics.getImpressionCount()).isEqualTo(5432);
    assertThat(metrics.getQuoteCount()).isEqualTo(5);
    assertThat(metrics.getRetweetCount()).isEqualTo(50);
    assertDeclared(metrics.getAdditionalProperties(),
        "bookmark_count", "impression_count", "quote_count", "retweet_count", "reply_count", "like_count");
  }

  @Test
  void decode_documentedVideoMetrics_areDeclared() throws IOException {
    Media video = read("docs/fundamentals_metrics__2.json", PostResponse.class).getIncludes().getMedia().get(0);

    assertThat(video.getPublicMetrics().getViewCount()).isEqualTo(12543L);
    assertThat(video.getNonPublicMetrics().getPlayback0Count()).isEqualTo(12543L);
    assertThat(video.getNonPublicMetrics().getPlayback100Count()).isEqualTo(3210L);
    assertDeclared(video.getNonPublicMetrics().getAdditionalProperties(),
        "playback_0_count", "playback_25_count", "playback_50_count", "playback_75_count", "playback_100_count");
    assertDeclared(video.getAdditionalProperties(), "public_metrics", "non_public_metrics", "media_key", "type");
  }

  private <T> T read(String name, Class<T> type) throws IOException {
    try (InputStream in = DeclaredMembersTest.class.getResourceAsStream("/x-examples/" + name)) {
      assertThat(in).as("example body %s", name).isNotNull();
      return mapper.readValue(in, type);
    }
  }

  private static void assertDeclared(Map<String, Object> additional, String... members) {
    if (additional == null) {
      return;
    }
    assertThat(additional).as("members kept as additional properties").doesNotContainKeys(members);
  }
}
