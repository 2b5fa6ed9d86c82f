package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamSpecTest {

  private final StreamSpec spec = new StreamSpec(ApiSpec.shared());

  @Test
  void keepAlive_isEachStreamsXStreamInterval() {
    assertThat(spec.keepAlive("streamPosts")).isEqualTo(Duration.ofSeconds(20));
    assertThat(spec.keepAlive("streamPostsSample")).isEqualTo(Duration.ofSeconds(20));
    assertThat(spec.keepAlive("streamPostsSample10")).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void ruleBounds_andRulesPageSize_comeFromTheSchemas() {
    assertThat(spec.maxRuleLength()).isEqualTo(2048);
    assertThat(spec.maxRulesPerRequest()).isEqualTo(1000);
    assertThat(spec.defaultRulesPageSize()).isEqualTo(1000);
  }

  @Test
  void keepAlive_ofAnOperationThatIsNoStream_failsNamingIt() {
    assertThatThrownBy(() -> spec.keepAlive("getMe")).hasMessageContaining("getMe").hasMessageContaining("x-stream");
  }
}
