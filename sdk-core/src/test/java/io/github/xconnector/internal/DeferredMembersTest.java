package io.github.xconnector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializerCache;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.model.UserResponse;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class DeferredMembersTest {

  private static final String USER = "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Dev\",\"username\":\"XDevelopers\","
      + "\"public_metrics\":{\"followers_count\":5}}}";

  @Test
  void firstAnswer_buildsTheReadersOfWhatItHolds_notOfEveryModelItCouldHold() throws Exception {
    ObjectMapper mapper = JsonMappers.create();

    UserResponse user = mapper.readValue(USER, UserResponse.class);

    assertThat(user.getData().getPublicMetrics().getFollowersCount()).isEqualTo(5);
    int afterUser = cached(mapper);
    // A page of posts reaches many models that the user answer did not hold: their readers come now.
    mapper.readValue("{\"data\":[{\"id\":\"1\",\"text\":\"t\",\"attachments\":{\"media_keys\":[\"3_1\"]},"
        + "\"public_metrics\":{\"like_count\":2}}],\"includes\":{\"users\":[{\"id\":\"2\",\"name\":\"n\","
        + "\"username\":\"u\"}]}}", PostsResponse.class);
    assertThat(cached(mapper)).isGreaterThan(afterUser);

    // Without deferral, Jackson builds the whole reachable graph with the first answer's reader.
    ObjectMapper plain = new ObjectMapper().disable(
        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    plain.findAndRegisterModules();
    plain.readValue(USER, UserResponse.class);
    assertThat(afterUser).as("readers built for one user answer, against " + cached(plain) + " without deferral")
        .isLessThan(cached(plain) / 3);
  }

  @Test
  void nullsListsAndNestedModels_readAsBefore() throws Exception {
    ObjectMapper mapper = JsonMappers.create();
    PostsResponse page = mapper.readValue("{\"data\":[{\"id\":\"1\",\"text\":\"t\",\"attachments\":null,"
        + "\"referenced_tweets\":{\"type\":\"quoted\",\"id\":\"9\"}}],\"includes\":{\"users\":[]}}",
        PostsResponse.class);

    assertThat(page.getData().get(0).getAttachments()).isNull();
    // A single value where a list is declared is read as a list of one, as the client is configured to.
    assertThat(page.getData().get(0).getReferencedTweets()).hasSize(1);
    assertThat(page.getIncludes().getUsers()).isEmpty();
  }

  private static int cached(ObjectMapper mapper) throws Exception {
    DeserializationContext context = mapper.getDeserializationContext();
    Field cache = DeserializationContext.class.getDeclaredField("_cache");
    cache.setAccessible(true);
    return ((DeserializerCache) cache.get(context)).cachedDeserializersCount();
  }
}
