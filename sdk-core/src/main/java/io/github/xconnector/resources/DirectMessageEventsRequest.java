package io.github.xconnector.resources;

import io.github.xconnector.generated.model.DmEventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Options of a walk through direct message events: the kinds of events, page size, fields and expansions, and the
 * position to start from. Page bounds are the spec's, checked before sending.
 *
 * <pre>{@code
 * DirectMessageEventsRequest messagesOnly = DirectMessageEventsRequest.builder()
 *     .eventTypes(DmEventType.MESSAGE_CREATE).maxResults(50)
 *     .fields(Fields.builder().dmEvent(DmEventField.TEXT, DmEventField.SENDER_ID).build())
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DirectMessageEventsRequest {

  private static final DirectMessageEventsRequest DEFAULT = builder().build();

  private final Set<DmEventType> eventTypes;
  private final Integer maxResults;
  private final Fields fields;
  private final String paginationToken;

  private DirectMessageEventsRequest(Builder builder) {
    this.eventTypes = Collections.unmodifiableSet(new LinkedHashSet<>(builder.eventTypes));
    this.maxResults = builder.maxResults;
    this.fields = builder.fields;
    this.paginationToken = builder.paginationToken;
  }

  /**
   * Returns the options with X's defaults: every kind of event, X's page size and default fields.
   *
   * @return the default options
   */
  public static DirectMessageEventsRequest defaults() {
    return DEFAULT;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the kinds of events asked for; empty for every kind */
  public Set<DmEventType> eventTypes() {
    return eventTypes;
  }

  /** @return the page size, or {@code null} for X's default */
  public Integer maxResults() {
    return maxResults;
  }

  /** @return the fields and expansions to return */
  public Fields fields() {
    return fields;
  }

  /** @return the token of the page to start from, or {@code null} for the first page */
  public String paginationToken() {
    return paginationToken;
  }

  /**
   * Returns a copy that starts from another page.
   *
   * @param token a {@code next_token} saved from an earlier walk, or {@code null} for the first page
   * @return the copy
   */
  public DirectMessageEventsRequest startingAt(String token) {
    return new Builder().eventTypes(eventTypes.toArray(new DmEventType[0])).maxResults(maxResults).fields(fields)
        .paginationToken(token).build();
  }

  /** The event types as X spells them, or {@code null} when every kind is asked for. */
  List<String> eventTypeValues() {
    if (eventTypes.isEmpty()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    eventTypes.forEach(type -> values.add(type.getValue()));
    return values;
  }

  @Override
  public String toString() {
    return "DirectMessageEventsRequest{eventTypes=" + eventTypes + ", maxResults=" + maxResults + ", fields="
        + fields + ", paginationToken=" + paginationToken + "}";
  }

  /** Builds a {@link DirectMessageEventsRequest}. Not thread-safe. */
  public static final class Builder {
    private final Set<DmEventType> eventTypes = new LinkedHashSet<>();
    private Integer maxResults;
    private Fields fields = Fields.none();
    private String paginationToken;

    private Builder() {
    }

    /**
     * Limits the walk to some kinds of events, for example messages only.
     *
     * @param types the kinds; none for every kind
     * @return this builder
     */
    public Builder eventTypes(DmEventType... types) {
      for (DmEventType type : types) {
        Objects.requireNonNull(type, "event type");
        if (type == DmEventType.UNKNOWN_DEFAULT_OPEN_API) {
          throw new IllegalArgumentException("Not an event type X knows: " + type);
        }
        eventTypes.add(type);
      }
      return this;
    }

    /**
     * Sets the page size; the bounds are the spec's, checked before sending.
     *
     * @param maxResults the page size, or {@code null} for X's default
     * @return this builder
     */
    public Builder maxResults(Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /**
     * Sets the fields and expansions, for example {@link Fields.Builder#dmEvent} and
     * {@link Fields.Builder#expand(io.github.xconnector.generated.model.DmEventExpansion...)}.
     *
     * @param fields the selection
     * @return this builder
     */
    public Builder fields(Fields fields) {
      this.fields = Objects.requireNonNull(fields, "fields");
      return this;
    }

    /**
     * Starts from a saved position.
     *
     * @param paginationToken a {@code next_token} of an earlier page
     * @return this builder
     */
    public Builder paginationToken(String paginationToken) {
      this.paginationToken = paginationToken;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public DirectMessageEventsRequest build() {
      return new DirectMessageEventsRequest(this);
    }
  }
}
