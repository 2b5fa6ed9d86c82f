package io.github.xconnector.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UploadStateTest {

  @AfterEach
  void clearTheFlag() {
    Thread.interrupted();
  }

  @Test
  void isInterrupt_recognisesAnInterruptHoweverItIsWrapped() {
    assertThat(UploadState.isInterrupt(new UndeclaredThrowableException(new InterruptedException()))).isTrue();
    assertThat(UploadState.isInterrupt(new XException("waiting", new InterruptedException()))).isTrue();
    assertThat(UploadState.isInterrupt(new XIoException("append failed", true,
        new InterruptedIOException("interrupted")))).isTrue();
    assertThat(UploadState.isInterrupt(new XIoException("reading failed", false,
        new ClosedByInterruptException()))).isTrue();
  }

  @Test
  void isInterrupt_doesNotTakeATimeoutOrAnotherFailureForOne() {
    assertThat(UploadState.isInterrupt(new XIoException("append failed", true,
        new SocketTimeoutException("Read timed out")))).isFalse();
    assertThat(UploadState.isInterrupt(new XIoException("append failed", true,
        new InterruptedIOException("timeout")))).isFalse();
    assertThat(UploadState.isInterrupt(new XIoException("append failed", true, new IOException("reset")))).isFalse();
    assertThat(UploadState.isInterrupt(new IllegalStateException())).isFalse();
  }

  @Test
  void interruptedOr_keepsOtherFailuresAndSetsTheFlagForInterrupts() {
    UploadState state = new UploadState("clip.mp4", 4096);
    IllegalStateException other = new IllegalStateException("other");

    assertThat(state.interruptedOr(other)).isSameAs(other);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();

    state.started("123");
    state.atSegment(UploadInterruptedException.Stage.SENDING_SEGMENT, 2);
    state.acknowledged(2048);
    RuntimeException interrupt = new UndeclaredThrowableException(new InterruptedException());
    RuntimeException thrown = state.interruptedOr(interrupt);

    assertThat(thrown).isInstanceOf(UploadInterruptedException.class).hasCause(interrupt)
        .hasMessage("The upload of media 123 was interrupted while sending segment 2; X had acknowledged 2048 of"
            + " 4096 bytes (segments before 2). This client does not resume a partly sent upload: upload the media"
            + " again (X drops the unfinished media when it expires).");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(state.interruptedOr(thrown)).isSameAs(thrown);
  }

  @Test
  void interruptedBeforeAnyId_namesTheSource() {
    UploadInterruptedException thrown = new UploadState("chart.png", 300).interrupted(null);

    assertThat(thrown.mediaId()).isNull();
    assertThat(thrown.stage()).isEqualTo(UploadInterruptedException.Stage.STARTING);
    assertThat(thrown).hasMessage("The upload of chart.png was interrupted before X acknowledged any of its 300"
        + " bytes. Upload the media again.");
  }
}
