package io.github.xconnector.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.xconnector.generated.model.ErrorResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Builds the one JSON mapper configuration the client uses for requests and responses. */
public final class JsonMappers {

  private static final String WARM_UP = "{\"errors\":[{\"title\":\"Not Found Error\",\"type\":\"about:blank\","
      + "\"detail\":\"warm-up\",\"resource_id\":\"0\"}],\"title\":\"Not Found\",\"status\":404}";

  private JsonMappers() {
  }

  /**
   * Starts {@link #create()} on a thread of its own, so that a client's other set-up runs meanwhile. Once the mapper is
   * handed over, the thread reads one error answer with it, so that Jackson's own machinery for reading models is
   * loaded before the first call needs it (a third of that call's time otherwise).
   *
   * @return the mapper, when made
   */
  public static CompletableFuture<ObjectMapper> createInBackground() {
    CompletableFuture<ObjectMapper> made = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      ObjectMapper mapper;
      try {
        mapper = create();
      } catch (Throwable failure) {
        made.completeExceptionally(failure);
        return;
      }
      made.complete(mapper);
      try {
        mapper.readerFor(ErrorResponse.class).readValue(WARM_UP);
      } catch (IOException | RuntimeException ignored) {
        // Only a head start: the first call reads its answer either way.
      }
    }, "x-connector-json-setup");
    thread.setDaemon(true);
    thread.start();
    return made;
  }

  /**
   * Waits for a mapper started by {@link #createInBackground()}, failing as {@link #create()} would have.
   *
   * @param mapper the mapper being made
   * @return the mapper
   */
  public static ObjectMapper await(CompletableFuture<ObjectMapper> mapper) {
    try {
      return mapper.join();
    } catch (CompletionException failure) {
      Throwable cause = failure.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw failure;
    }
  }

  /**
   * Creates a mapper that tolerates what X may add tomorrow: unknown members are kept by the models or ignored,
   * unknown enum values fall back instead of failing, and absent values are never sent as {@code null}.
   *
   * @return a new mapper
   */
  public static ObjectMapper create() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        // Registered after JavaTimeModule, so it takes over OffsetDateTime; other forms still go to JavaTimeModule.
        .addModule(new SimpleModule("x-timestamps").addDeserializer(OffsetDateTime.class,
            new UtcTimestampDeserializer()))
        // A timestamp or number that does not read as its type leaves that member unset, never the whole answer.
        .addModule(LenientMembers.module())
        // The reader of a nested model is built when an answer first holds one, not with its parent's.
        .addModule(DeferredMembers.module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
