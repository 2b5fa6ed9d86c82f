package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecOperationTest {

  private static SpecOperation operation(String template) {
    return new SpecOperation("GET", template, "op", true, Set.of(), Set.of());
  }

  @Test
  void match_readsEachVariable() {
    SpecOperation likes = operation("/2/users/{id}/likes/{tweet_id}");

    assertThat(likes.match("/2/users/42/likes/7")).containsExactly(Map.entry("id", "42"), Map.entry("tweet_id", "7"));
    assertThat(likes.match("/2/users/42/likes")).isNull();
    assertThat(likes.match("/2/users/42/likes/7/more")).isNull();
    assertThat(likes.match("/2/users//likes/7")).isNull();
    assertThat(likes.variableCount()).isEqualTo(2);
  }

  @Test
  void match_takesLiteralPartsLiterally() {
    SpecOperation dotted = operation("/2/a.b/{id}+x");

    assertThat(dotted.match("/2/a.b/1+x")).containsExactly(Map.entry("id", "1"));
    assertThat(dotted.match("/2/aXb/1+x")).isNull();
    assertThat(dotted.match("/2/a.b/1x")).isNull();
  }

  @Test
  void pathMatcher_isCompiledOnceWithTheOperation() {
    SpecOperation likes = operation("/2/users/{id}/likes");

    assertThat(likes.pathMatcher()).isSameAs(likes.pathMatcher());
    assertThat(likes.pathMatcher().pattern().pattern()).isEqualTo("\\Q/2/users/\\E([^/]+)\\Q/likes\\E");
    assertThat(likes.pathMatcher().variables()).containsExactly("id");
  }

  @Test
  void everyOperationOfTheSpec_isFoundByItsOwnPath() {
    for (SpecOperation operation : ApiSpec.shared().operations()) {
      String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "1");
      assertThat(operation.match(path)).as(operation.key()).isNotNull();
      assertThat(operation.match(path + "/extra")).as(operation.key()).isNull();
    }
  }
}
