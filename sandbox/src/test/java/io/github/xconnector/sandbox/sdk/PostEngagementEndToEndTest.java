package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.InMemoryTokenStore;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostAnalyticsResponse;
import io.github.xconnector.resources.PostAnalyticsRequest;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.resources.TimelineRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's rules for the newer post operations: who may hide, edit and read analytics, and the archive. */
class PostEngagementEndToEndTest {

  private static final String KAI = "1000000002";

  private SdkSandbox x;
  private XClient me;
  private XClient kai;
  private String myId;

  @BeforeEach
  void start() {
    x = SdkSandbox.start();
    me = x.client(x.userTokens(new InMemoryTokenStore()));
    String kaiToken = x.sandbox().issueUserToken(KAI);
    kai = x.client(new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return kaiToken;
      }

      @Override
      public AuthenticationType authenticationType() {
        return AuthenticationType.USER_CONTEXT;
      }
    });
    myId = x.sandbox().authorizingUser().id();
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void hideReply_onlyTheConversationsAuthor_andTheStateIsKeptUntilShownAgain() {
    String root = me.posts().create("Which JDK do you run?").getData().getId();
    String reply = kai.posts().create(PostDraft.text("21, happily").replyTo(root).build()).getData().getId();

    ForbiddenException notOwner = catchThrowableOfType(ForbiddenException.class, () -> kai.posts().hideReply(reply));
    BadRequestException notAReply = catchThrowableOfType(BadRequestException.class, () -> me.posts().hideReply(root));

    assertThat(notOwner).hasMessageContaining("conversations you started");
    assertThat(notAReply).hasMessageContaining("not a reply");
    assertThat(me.posts().hideReply(reply).getData().getHidden()).isTrue();
    assertThat(me.posts().hideReply(reply).getData().getHidden()).isTrue();
    assertThat(me.posts().unhideReply(reply).getData().getHidden()).isFalse();
  }

  @Test
  void edit_ownRecentPostOnly_newVersionGetsANewIdAndTheHistory_andAnOldVersionCannotBeEditedAgain() {
    String first = me.posts().create("Relase notes are up").getData().getId();
    String second = me.posts().create(PostDraft.text("Release notes are up").editOf(first).build()).getData().getId();

    ForbiddenException others = catchThrowableOfType(ForbiddenException.class,
        () -> kai.posts().create(PostDraft.text("Mine now").editOf(second).build()));
    BadRequestException stale = catchThrowableOfType(BadRequestException.class,
        () -> me.posts().create(PostDraft.text("Release notes: up").editOf(first).build()));
    x.clock().advance(Duration.ofHours(2));
    ForbiddenException late = catchThrowableOfType(ForbiddenException.class,
        () -> me.posts().create(PostDraft.text("Release notes (final)").editOf(second).build()));

    assertThat(second).isNotEqualTo(first);
    assertThat(me.posts().get(second).getData().getText()).isEqualTo("Release notes are up");
    assertThat(others).hasMessageContaining("your own posts");
    assertThat(stale).hasMessageContaining("latest version");
    assertThat(late).hasMessageContaining("can no longer be edited");
  }

  @Test
  void analytics_ownPostsReportLikesAndQuotes_othersPostsArePartialErrors() {
    String mine = me.posts().create("Benchmarks are in").getData().getId();
    String kais = kai.posts().create("My own numbers").getData().getId();
    kai.likes().like(KAI, mine);
    kai.posts().create(PostDraft.text("Impressive").quote(mine).build());

    PostAnalyticsResponse analytics = me.posts().analytics(PostAnalyticsRequest.builder(List.of(mine, kais),
        x.clock().instant().minus(Duration.ofHours(1)), x.clock().instant().plus(Duration.ofHours(1))).build());

    assertThat(analytics.getData()).singleElement().satisfies(p -> {
      assertThat(p.getId()).isEqualTo(mine);
      assertThat(p.getLikes()).isEqualTo(1L);
      assertThat(p.getQuoteTweets()).isEqualTo(1L);
      assertThat(p.getEngagements()).isGreaterThanOrEqualTo(2L);
      assertThat(p.getTimestampedMetrics()).singleElement()
          .satisfies(b -> assertThat(b.getMetrics().getLikes()).isEqualTo(1L));
    });
    assertThat(analytics.getErrors()).singleElement().satisfies(e -> assertThat(e.getResourceId()).isEqualTo(kais));
  }

  @Test
  void quotes_excludeReplies_andArchiveSearchReachesPastSevenDays() {
    String quoted = me.posts().create("A post worth quoting").getData().getId();
    kai.posts().create(PostDraft.text("Quoting it").quote(quoted).build());
    x.clock().advance(Duration.ofDays(10));

    assertThat(me.posts().quotes(quoted, TimelineRequest.builder().excludeReplies(true).build()).stream())
        .extracting(Post::getText).containsExactly("Quoting it");
    XClient app = x.client(x.appTokens());
    assertThat(app.search().recent("\"worth quoting\"").stream()).isEmpty();
    assertThat(app.search().all("\"worth quoting\"").stream()).extracting(Post::getId).containsExactly(quoted);
    assertThat(app.search().countsAll(SearchRequest.builder("\"worth quoting\"")
        .granularity(SearchRequest.Granularity.DAY).build()).stream().mapToInt(b -> b.getTweetCount()).sum())
        .isEqualTo(1);
  }
}
