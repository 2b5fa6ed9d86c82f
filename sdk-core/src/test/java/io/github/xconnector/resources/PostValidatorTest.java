package io.github.xconnector.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twitter.twittertext.TwitterTextParser;
import io.github.xconnector.errors.XValidationException;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostValidatorTest {

  /** HEBREW LETTER SHIN WITH DAGESH AND SHIN DOT: one code point that NFC turns into three, each of weight 1. */
  private static final String SHIN_DAGESH_SHIN_DOT = "\uFB2C";
  /** MUSICAL SYMBOL EIGHTH NOTE: one supplementary code point that NFC turns into three, each of weight 2. */
  private static final String EIGHTH_NOTE = new String(Character.toChars(0x1D160));

  private static final List<String> PIECES = List.of("a", "word ", "é", "e\u0301", "字", "😀", "👩‍👩‍👧", " ", "\n",
      "x.co", "https://x.co/abc", "example.com", "http://localhost", ".", "...", "#tag", "@user", "ｘ", "t.co/a",
      "www.a.io", SHIN_DAGESH_SHIN_DOT, EIGHTH_NOTE, "\u0958", "\u2126", "\u212B");

  private final PostValidator validator = new PostValidator(280);

  private void check(String text) {
    validator.check(PostDraft.text(text).build());
  }

  @Test
  void textThatGrowsUnderNfc_isWeighedAfterNormalisation() {
    assertThatThrownBy(() -> check(SHIN_DAGESH_SHIN_DOT.repeat(94)))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("282 long")
        .hasMessageContaining("2 over the limit of 280");
    assertThatThrownBy(() -> check(EIGHTH_NOTE.repeat(140)))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("840 long")
        .hasMessageContaining("560 over the limit of 280");
  }

  @Test
  void exactly280AfterNormalisation_isAccepted_and281IsNot() {
    String shin93 = SHIN_DAGESH_SHIN_DOT.repeat(93);   // 279 after NFC
    assertThatCode(() -> check(shin93 + "a")).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(shin93 + "ab")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("281 long");
    String notes46 = EIGHTH_NOTE.repeat(46);         // 46 x 3 code points x 2 = 276 after NFC
    assertThatCode(() -> check(notes46 + "字字")).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(notes46 + "字字a")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("281 long");
  }

  @Test
  void exactly280_withLinksAndEmoji_isAccepted_and281IsNot() {
    // 23 (link) + 1 (space) + 2 (family emoji sequence) + 1 (space) + 253 x 1 = 280
    String text = "https://example.com/a/very/long/path/that/counts/as/twenty/three " + "👩‍👩‍👧 " + "a".repeat(253);
    assertThatCode(() -> check(text)).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(text + "b")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("281 long");
    // decomposed accents compose to one code point each: 280 x "e + combining acute" weighs 280
    assertThatCode(() -> check("e\u0301".repeat(280))).doesNotThrowAnyException();
    assertThatThrownBy(() -> check("e\u0301".repeat(281))).isInstanceOf(XValidationException.class);
  }

  @Test
  void loneHighSurrogate_isRefusedWithItsPosition() {
    assertThatThrownBy(() -> check("ok \uD83D then"))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("unpaired surrogate")
        .hasMessageContaining("U+D83D")
        .hasMessageContaining("index 3");
    assertThatThrownBy(() -> check("ends with \uD83D"))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("U+D83D");
  }

  @Test
  void loneLowSurrogate_isRefusedWithItsPosition() {
    assertThatThrownBy(() -> check("\uDE00 starts"))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("unpaired surrogate")
        .hasMessageContaining("U+DE00")
        .hasMessageContaining("index 0");
    // a low surrogate before its high one is not a pair
    assertThatThrownBy(() -> check("x\uDE00\uD83D"))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("U+DE00");
  }

  @Test
  void pairedSurrogates_areAccepted() {
    assertThatCode(() -> check("😀 " + EIGHTH_NOTE)).doesNotThrowAnyException();
  }

  @Test
  void mayExceed_shortPlainText_skipsTheParser() {
    assertThat(PostValidator.mayExceed("hello", 280)).isFalse();
    assertThat(PostValidator.mayExceed("字".repeat(140), 280)).isFalse();
    assertThat(PostValidator.mayExceed("字".repeat(141), 280)).isTrue();
    assertThat(PostValidator.mayExceed("x.co ".repeat(12), 280)).isTrue();
  }

  @Test
  void mayExceed_whenFalseOnTheNormalisedText_theWeightedLengthIsWithinTheLimit() {
    Random random = new Random(20261129L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
      for (int limit : new int[] {10, 40, 140, 280}) {
        if (!PostValidator.mayExceed(normalised, limit)) {
          assertThat(TwitterTextParser.parseTweet(text.toString()).weightedLength).as("%s (limit %d)", text, limit)
              .isLessThanOrEqualTo(limit);
        }
      }
    }
  }
}
