package io.github.xconnector.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostValidatorTest {

  private static final List<String> PIECES = List.of("a", "word ", "é", "字", "😀", "👩‍👩‍👧", " ", "\n", "x.co",
      "https://x.co/abc", "example.com", "http://localhost", ".", "...", "#tag", "@user", "ｘ", "t.co/a", "www.a.io");

  @Test
  void mayExceed_shortPlainText_skipsTheParser() {
    assertThat(PostValidator.mayExceed("hello", 280)).isFalse();
    assertThat(PostValidator.mayExceed("字".repeat(140), 280)).isFalse();
    assertThat(PostValidator.mayExceed("字".repeat(141), 280)).isTrue();
    assertThat(PostValidator.mayExceed("x.co ".repeat(12), 280)).isTrue();
  }

  @Test
  void mayExceed_whenFalse_theWeightedLengthIsWithinTheLimit() {
    Random random = new Random(20261129L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      for (int limit : new int[] {10, 40, 140, 280}) {
        if (!PostValidator.mayExceed(text.toString(), limit)) {
          assertThat(TwitterTextParser.parseTweet(text.toString()).weightedLength).as("%s (limit %d)", text, limit)
              .isLessThanOrEqualTo(limit);
        }
      }
    }
  }
}
