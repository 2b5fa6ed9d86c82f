package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.testing.XTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Posts that attach {@link UploadedMedia}: the kinds are known, so X's rules on mixing them are checked first. */
class PostMediaKindsTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final UploadedMedia VIDEO = media("1880028106020515840", MediaFormat.MP4, MediaCategory.TWEET_VIDEO);
  private static final UploadedMedia GIF = media("1880028106020515841", MediaFormat.GIF, MediaCategory.TWEET_GIF);

  private static UploadedMedia media(String id, MediaFormat format, MediaCategory category) {
    return new UploadedMedia(id, "7_" + id, format, category, "succeeded");
  }

  private static UploadedMedia image(int n) {
    return media("18800281060205159" + (10 + n), MediaFormat.PNG, MediaCategory.TWEET_IMAGE);
  }

  @Test
  void create_videoWithAnImage_isRefusedBeforeSendingNamingTheVideo() {
    XClient client = XTest.client(x);

    assertThatThrownBy(() -> client.posts().create(PostDraft.text("launch").media(VIDEO, image(1)).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining(VIDEO.id()).hasMessageContaining("video").hasMessageContaining("1 more");
    assertNoRequest(x);
  }

  @Test
  void create_twoGifs_isRefusedBeforeSending() {
    XClient client = XTest.client(x);
    UploadedMedia other = media("1880028106020515842", MediaFormat.GIF, MediaCategory.TWEET_GIF);

    assertThatThrownBy(() -> client.posts().create(PostDraft.text("gifs").media(GIF, other).build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("GIF");
    assertNoRequest(x);
  }

  @Test
  void create_videoAlongsideIdGivenAsString_isRefusedBecauseTheVideoIsKnown() {
    XClient client = XTest.client(x);

    assertThatThrownBy(() -> client.posts().create(PostDraft.text("mixed").media(VIDEO).media("42").build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining(VIDEO.id());
    assertNoRequest(x);
  }

  @Test
  void create_oneVideoOrFourImages_areSentWithTheirIds() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"1\",\"text\":\"t\",\"edit_history_tweet_ids\":[\"1\"]}}")));
    XClient client = XTest.client(x);

    client.posts().create(PostDraft.text("video").media(VIDEO).build());
    client.posts().create(PostDraft.text("images").media(image(1), image(2), image(3), image(4)).build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
        .withRequestBody(equalToJson("{\"text\":\"video\",\"media\":{\"media_ids\":[\"" + VIDEO.id() + "\"]}}")));
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson("{\"text\":\"images\","
        + "\"media\":{\"media_ids\":[\"" + image(1).id() + "\",\"" + image(2).id() + "\",\"" + image(3).id() + "\",\""
        + image(4).id() + "\"]}}")));
    assertThat(PostDraft.text("t").media(VIDEO).build().mediaKinds()).containsEntry(VIDEO.id(), MediaKind.VIDEO);
  }
}
