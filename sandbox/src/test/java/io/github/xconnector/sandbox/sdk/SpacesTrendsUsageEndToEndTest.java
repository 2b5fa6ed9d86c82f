package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.InMemoryTokenStore;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.Space;
import io.github.xconnector.generated.model.SpaceField;
import io.github.xconnector.generated.model.SpaceSearchState;
import io.github.xconnector.generated.model.SpaceState;
import io.github.xconnector.generated.model.Trend;
import io.github.xconnector.generated.model.Usage;
import io.github.xconnector.generated.model.UsageField;
import io.github.xconnector.resources.Fields;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's Spaces, trends and usage keep state: the clock, new posts and reads change later answers. */
class SpacesTrendsUsageEndToEndTest {

  private static final String OFFICE_HOURS = "1OwGWwnoleRGQ";
  private static final String LAUNCH_DAY = "1YqKDqWqdPLsV";
  private static final String KAIS_QA = "1mnGeRkPvRwJX";

  private SdkSandbox x;
  private XClient user;
  private XClient app;

  @BeforeEach
  void start() {
    x = SdkSandbox.start();
    user = x.client(x.userTokens(new InMemoryTokenStore()));
    app = x.client(x.appTokens());
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void scheduledSpace_goesLiveWhenItsStartPasses_andIsThenFoundAmongLiveSpaces() {
    Fields fields = Fields.builder().space(SpaceField.SCHEDULED_START, SpaceField.STARTED_AT).build();
    Space before = app.spaces().get(OFFICE_HOURS, fields).getData();
    assertThat(before.getState()).isEqualTo(SpaceState.SCHEDULED);
    assertThat(before.getScheduledStart()).isNotNull();
    assertThat(app.spaces().search("office", SpaceSearchState.LIVE, null, Fields.none()).getData()).isNull();

    x.clock().advance(Duration.ofDays(2).plusMinutes(1));

    Space after = app.spaces().get(OFFICE_HOURS, fields).getData();
    assertThat(after.getState()).isEqualTo(SpaceState.LIVE);
    assertThat(after.getStartedAt()).isNotNull();
    assertThat(app.spaces().search("office", SpaceSearchState.LIVE, null, Fields.none()).getData())
        .extracting(Space::getId).containsExactly(OFFICE_HOURS);
  }

  @Test
  void spacePosts_includeAPostThatLinksTheSpace_onceItIsPosted() {
    String id = user.posts().create("Join us: https://x.com/i/spaces/" + LAUNCH_DAY).getData().getId();

    assertThat(app.spaces().posts(LAUNCH_DAY).stream().map(Post::getId)).contains(id);
    assertThat(app.spaces().posts(KAIS_QA).stream()).isEmpty();
  }

  @Test
  void buyers_areOnlyForTheSpacesCreator_andNeedAUserToken() {
    assertThat(user.spaces().buyers(OFFICE_HOURS).stream()).hasSize(3);

    catchThrowableOfType(ForbiddenException.class, () -> user.spaces().buyers(KAIS_QA).firstPage());
    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> app.spaces().buyers(OFFICE_HOURS)))
        .hasMessageContaining("app-only");
  }

  @Test
  void trends_followTheHashtagsOfNewPosts() {
    assertThat(app.trends().byPlace(1).getData()).extracting(Trend::getTrendName).doesNotContain("#kotlin");

    for (int i = 0; i < 5; i++) {
      user.posts().create("Trying something new today, part " + i + " #kotlin");
    }

    Trend top = app.trends().byPlace(1).getData().get(0);
    assertThat(top.getTrendName()).isEqualTo("#kotlin");
    assertThat(top.getTweetCount()).isEqualTo(5L);
    assertThat(user.trends().personalized().getData().get(0).getTrendName()).isEqualTo("#kotlin");
  }

  @Test
  void usage_countsThePostsServed_perDay() {
    Fields fields = Fields.builder().usage(UsageField.PROJECT_USAGE, UsageField.DAILY_PROJECT_USAGE).build();
    long before = app.usage().posts(1, fields).getData().getProjectUsage();

    int read = user.timelines().userPosts("1000000002").firstPage().items().size();
    read += app.posts().get(user.posts().create("counted once read").getData().getId()).getData() != null ? 1 : 0;

    long expected = before + read;
    Usage usage = app.usage().posts(1, fields).getData();
    assertThat(read).isGreaterThan(1);
    assertThat(usage.getProjectUsage()).isEqualTo(expected);
    assertThat(usage.getDailyProjectUsage().getUsage()).singleElement()
        .satisfies(day -> assertThat(day.getUsage()).isEqualTo(expected));
  }
}
