package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
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
import io.github.xconnector.generated.model.AltText;
import io.github.xconnector.generated.model.MediaAnalyticsField;
import io.github.xconnector.generated.model.MediaAnalyticsGranularity;
import io.github.xconnector.generated.model.MediaAnalyticsResponse;
import io.github.xconnector.generated.model.MediaCategorySubtitles;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.generated.model.MediaListResponse;
import io.github.xconnector.generated.model.MediaMetadataRequestMetadata;
import io.github.xconnector.generated.model.MediaResponse;
import io.github.xconnector.generated.model.MediaSubtitles;
import io.github.xconnector.generated.model.SubtitlesAddResponse;
import io.github.xconnector.generated.model.SubtitlesRemoveResponse;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Media lookup by key, subtitles, analytics and metadata against a stub of X. */
class MediaLookupServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String PHOTO = "{\"media_key\":\"3_1146654567674912769\",\"type\":\"photo\","
      + "\"url\":\"https://pbs.twimg.com/media/photo.jpg\",\"alt_text\":\"A red kite\",\"width\":1200}";

  @Test
  void lookup_oneKey_getsMediaByKeyWithFields_andDecodesIt() {
    x.stubFor(get(urlPathEqualTo("/2/media/3_1146654567674912769")).willReturn(okJson("{\"data\":" + PHOTO + "}")));

    MediaResponse media = client(x).media().lookup("3_1146654567674912769", MediaField.ALT_TEXT, MediaField.URL);

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("media.fields", List.of("alt_text,url")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(media.getData().getAltText()).isEqualTo("A red kite");
    assertThat(media.getData().getWidth()).isEqualTo(1200);
  }

  @Test
  void lookup_severalKeys_withAppOnlyToken_sendsCommaJoinedKeys_andKeepsPartialErrors() {
    x.stubFor(get(urlPathEqualTo("/2/media")).willReturn(okJson("{\"data\":[" + PHOTO + "],\"errors\":[{"
        + "\"value\":\"7_1\",\"detail\":\"Could not find media with media_keys: [7_1].\",\"title\":\"Not Found Error\","
        + "\"resource_type\":\"media\",\"parameter\":\"media_keys\",\"resource_id\":\"7_1\","
        + "\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}]}")));
    XClient appOnly = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    MediaListResponse media = appOnly.media().lookup(List.of("3_1146654567674912769", "7_1"));

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("media_keys", List.of("3_1146654567674912769,7_1")));
    assertBearer(onlyRequest(x), APP_TOKEN);
    assertThat(media.getData()).extracting(m -> m.getMediaKey()).containsExactly("3_1146654567674912769");
    assertThat(media.getErrors()).hasSize(1);
  }

  @Test
  void lookup_keyThatIsNoMediaKey_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).media().lookup("1146654567674912769"));

    assertThat(failure).hasMessageContaining("mediaKey");
    assertNoRequest(x);
  }

  @Test
  void lookup_101Keys_isRefusedWithTheSpecsBound() {
    List<String> keys = new ArrayList<>(Collections.nCopies(101, "3_1"));

    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).media().lookup(keys));

    assertThat(failure).hasMessageContaining("mediaKeys").hasMessageContaining("100");
    assertNoRequest(x);
  }

  @Test
  void addSubtitles_postsVideoCategoryAndSubtitles_andIsRepeatedAfter503() {
    answerInTurn(x, "POST", "/2/media/subtitles", aResponse().withStatus(503), okJson("{\"data\":{"
        + "\"id\":\"1146654567674912769\",\"media_category\":\"TweetVideo\",\"associated_subtitles\":[{"
        + "\"id\":\"1146654567674912770\",\"language_code\":\"EN\",\"display_name\":\"English\"}]}}"));

    SubtitlesAddResponse response = client(x).media().addSubtitles("1146654567674912769",
        MediaCategorySubtitles.TWEET_VIDEO, new MediaSubtitles().id("1146654567674912770").languageCode("EN")
            .displayName("English"));

    assertThat(requests(x)).hasSize(2);
    x.verify(2, postRequestedFor(urlEqualTo("/2/media/subtitles"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"id\":\"1146654567674912769\",\"media_category\":\"TweetVideo\","
            + "\"subtitles\":{\"id\":\"1146654567674912770\",\"language_code\":\"EN\",\"display_name\":\"English\"}}")));
    assertThat(response.getData().getAssociatedSubtitles()).extracting(MediaSubtitles::getLanguageCode)
        .containsExactly("EN");
  }

  @Test
  void removeSubtitles_deletesWithJsonBody_andDecodesDeleted() {
    x.stubFor(delete("/2/media/subtitles").willReturn(okJson("{\"data\":{\"deleted\":true}}")));

    SubtitlesRemoveResponse response = client(x).media().removeSubtitles("1146654567674912769",
        MediaCategorySubtitles.TWEET_VIDEO, "EN");

    x.verify(1, deleteRequestedFor(urlEqualTo("/2/media/subtitles")).withRequestBody(equalToJson(
        "{\"id\":\"1146654567674912769\",\"media_category\":\"TweetVideo\",\"language_code\":\"EN\"}")));
    assertThat(response.getData().getDeleted()).isTrue();
  }

  @Test
  void removeSubtitles_lowerCaseLanguage_isRefusedByTheSpecsPattern() {
    XValidationException failure = catchThrowableOfType(XValidationException.class, () -> client(x).media()
        .removeSubtitles("1146654567674912769", MediaCategorySubtitles.TWEET_VIDEO, "en"));

    assertThat(failure).hasMessageContaining("language_code");
    assertNoRequest(x);
  }

  @Test
  void analytics_sendsKeysRangeGranularityAndFields_andDecodesBuckets() {
    x.stubFor(get(urlPathEqualTo("/2/media/analytics")).willReturn(okJson("{\"data\":[{\"media_key\":"
        + "\"7_1146654567674912769\",\"timestamped_metrics\":[{\"timestamp\":\"2026-01-14T00:00:00Z\","
        + "\"metrics\":{\"video_views\":42,\"playback_complete\":7}}]}]}")));

    MediaAnalyticsResponse response = client(x).media().analytics(List.of("7_1146654567674912769"),
        Instant.parse("2026-01-14T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"),
        MediaAnalyticsGranularity.DAILY, MediaAnalyticsField.VIDEO_VIEWS, MediaAnalyticsField.PLAYBACK_COMPLETE);

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "media_keys", List.of("7_1146654567674912769"),
        "start_time", List.of("2026-01-14T00:00:00Z"),
        "end_time", List.of("2026-01-15T00:00:00Z"),
        "granularity", List.of("daily"),
        "media_analytics.fields", List.of("video_views,playback_complete")));
    assertThat(response.getData().get(0).getTimestampedMetrics().get(0).getMetrics().getVideoViews()).isEqualTo(42);
  }

  @Test
  void analytics_withAppOnlyToken_isRefusedBeforeSending() {
    XClient appOnly = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> appOnly.media().analytics(
        List.of("7_1"), Instant.EPOCH, Instant.EPOCH, MediaAnalyticsGranularity.TOTAL))).hasMessageContaining(
        "app-only");
    assertNoRequest(x);
  }

  @Test
  void metadata_postsEveryMemberGiven() {
    x.stubFor(post("/2/media/metadata").willReturn(okJson("{\"data\":{\"id\":\"1146654567674912769\"}}")));

    client(x).media().metadata("1146654567674912769", new MediaMetadataRequestMetadata()
        .altText(new AltText().text("A red kite over a field")));

    x.verify(1, postRequestedFor(urlEqualTo("/2/media/metadata")).withRequestBody(equalToJson(
        "{\"id\":\"1146654567674912769\",\"metadata\":{\"alt_text\":{\"text\":\"A red kite over a field\"}}}")));
  }
}
