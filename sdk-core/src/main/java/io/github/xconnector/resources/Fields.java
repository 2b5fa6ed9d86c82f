package io.github.xconnector.resources;

import io.github.xconnector.generated.model.DmEventExpansion;
import io.github.xconnector.generated.model.DmEventField;
import io.github.xconnector.generated.model.AnalyticsField;
import io.github.xconnector.generated.model.ListExpansion;
import io.github.xconnector.generated.model.ListField;
import io.github.xconnector.generated.model.CommunityField;
import io.github.xconnector.generated.model.ComplianceJobField;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.generated.model.NoteField;
import io.github.xconnector.generated.model.NewsField;
import io.github.xconnector.generated.model.PersonalizedTrendField;
import io.github.xconnector.generated.model.PlaceField;
import io.github.xconnector.generated.model.PollField;
import io.github.xconnector.generated.model.PostCountField;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.SpaceExpansion;
import io.github.xconnector.generated.model.SpaceField;
import io.github.xconnector.generated.model.TopicField;
import io.github.xconnector.generated.model.TrendField;
import io.github.xconnector.generated.model.UsageField;
import io.github.xconnector.generated.model.UserExpansion;
import io.github.xconnector.generated.model.UserField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields and expansions a request asks X for ({@code tweet.fields}, {@code user.fields}, {@code expansions}...).
 *
 * <p>X returns only a few fields unless asked: a post's {@code id} and {@code text}, a user's {@code id}, {@code name}
 * and {@code username}. Values are typed; a value X added after this SDK was built can still be sent with
 * {@link Builder#extra(String, String...)}. Post fields go out under the parameter name the client is configured with
 * ({@code tweet.fields} by default, see {@code XClient.Builder#postFieldsParameter}). Instances are immutable.
 */
public final class Fields {

  /** The parameter that carries post fields in this class; the client renames it as configured. */
  public static final String POST_FIELDS = "tweet.fields";

  private static final Fields NONE = new Fields(Map.of());

  private final Map<String, Set<String>> values;

  private Fields(Map<String, Set<String>> values) {
    this.values = values;
  }

  /**
   * Returns an empty selection: X's default fields only.
   *
   * @return the empty selection
   */
  public static Fields none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the selected values per parameter name, in the order they were added.
   *
   * @return an unmodifiable map from parameter name to values
   */
  public Map<String, Set<String>> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fields && values.equals(((Fields) other).values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Fields" + values;
  }

  /** Builds {@link Fields}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Set<String>> values = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Adds post fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder post(PostField... fields) {
      return add(POST_FIELDS, fields, PostField::getValue);
    }

    /**
     * Adds user fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder user(UserField... fields) {
      return add("user.fields", fields, UserField::getValue);
    }

    /**
     * Adds media fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder media(MediaField... fields) {
      return add("media.fields", fields, MediaField::getValue);
    }

    /**
     * Adds poll fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder poll(PollField... fields) {
      return add("poll.fields", fields, PollField::getValue);
    }

    /**
     * Adds place fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder place(PlaceField... fields) {
      return add("place.fields", fields, PlaceField::getValue);
    }

    /**
     * Adds count fields, for post counts.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder counts(PostCountField... fields) {
      return add("search_count.fields", fields, PostCountField::getValue);
    }

    /**
     * Adds post analytics metrics, for {@code x.posts().analytics(...)}.
     *
     * @param fields the metrics
     * @return this builder
     */
    public Builder analytics(AnalyticsField... fields) {
      return add("analytics.fields", fields, AnalyticsField::getValue);
    }

    /**
     * Adds Community Note fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder note(NoteField... fields) {
      return add("note.fields", fields, NoteField::getValue);
    }

    /**
     * Adds compliance job fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder complianceJob(ComplianceJobField... fields) {
      return add("compliance_job.fields", fields, ComplianceJobField::getValue);
    }

    /**
     * Adds expansions of posts, such as the author or the attached media.
     *
     * @param expansions the expansions
     * @return this builder
     */
    public Builder expand(PostExpansion... expansions) {
      return add("expansions", expansions, PostExpansion::getValue);
    }

    /**
     * Adds expansions of users, such as the pinned post.
     *
     * @param expansions the expansions
     * @return this builder
     */
    public Builder expand(UserExpansion... expansions) {
      return add("expansions", expansions, UserExpansion::getValue);
    }

    /**
     * Adds list fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder list(ListField... fields) {
      return add("list.fields", fields, ListField::getValue);
    }

    /**
     * Adds expansions of lists, such as the owner.
     *
     * @param expansions the expansions
     * @return this builder
     */
    public Builder expand(ListExpansion... expansions) {
      return add("expansions", expansions, ListExpansion::getValue);
    }

    /**
     * Adds Space fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder space(SpaceField... fields) {
      return add("space.fields", fields, SpaceField::getValue);
    }

    /**
     * Adds expansions of Spaces, such as the creator or the hosts.
     *
     * @param expansions the expansions
     * @return this builder
     */
    public Builder expand(SpaceExpansion... expansions) {
      return add("expansions", expansions, SpaceExpansion::getValue);
    }

    /**
     * Adds topic fields, for the topics of Spaces.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder topic(TopicField... fields) {
      return add("topic.fields", fields, TopicField::getValue);
    }

    /**
     * Adds trend fields, for the trends of a place.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder trend(TrendField... fields) {
      return add("trend.fields", fields, TrendField::getValue);
    }

    /**
     * Adds personalized trend fields, for the authenticated user's trends.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder personalizedTrend(PersonalizedTrendField... fields) {
      return add("personalized_trend.fields", fields, PersonalizedTrendField::getValue);
    }

    /**
     * Adds usage fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder usage(UsageField... fields) {
      return add("usage.fields", fields, UsageField::getValue);
    }

    /**
     * Adds Community fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder community(CommunityField... fields) {
      return add("community.fields", fields, CommunityField::getValue);
    }

    /**
     * Adds news story fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder news(NewsField... fields) {
      return add("news.fields", fields, NewsField::getValue);
    }

    /**
     * Adds direct message event fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder dmEvent(DmEventField... fields) {
      return add("dm_event.fields", fields, DmEventField::getValue);
    }

    /**
     * Adds expansions of direct message events, such as the sender or the attached media.
     *
     * @param expansions the expansions
     * @return this builder
     */
    public Builder expand(DmEventExpansion... expansions) {
      return add("expansions", expansions, DmEventExpansion::getValue);
    }

    /**
     * Adds values this SDK has no constant for, for example a field X added recently.
     *
     * @param parameter the parameter, such as {@code tweet.fields} or {@code expansions}
     * @param values the values, sent as X spells them
     * @return this builder
     */
    public Builder extra(String parameter, String... values) {
      Objects.requireNonNull(parameter, "parameter");
      if (!parameter.equals("expansions") && !parameter.endsWith(".fields")) {
        throw new IllegalArgumentException("Fields only carries *.fields and expansions parameters, not '"
            + parameter + "'");
      }
      return add(parameter, values, Function.identity());
    }

    private <T> Builder add(String parameter, T[] items, Function<T, String> value) {
      Set<String> set = values.computeIfAbsent(parameter, k -> new LinkedHashSet<>());
      for (T item : items) {
        String text = value.apply(Objects.requireNonNull(item, parameter + " value"));
        if (text.isBlank() || "unknown_default_open_api".equals(text)) {
          throw new IllegalArgumentException("Not a value of " + parameter + ": '" + text + "'");
        }
        set.add(text);
      }
      return this;
    }

    /**
     * Builds the selection.
     *
     * @return the selection; later changes to this builder do not affect it
     */
    public Fields build() {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> {
        if (!v.isEmpty()) {
          copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v)));
        }
      });
      return new Fields(Collections.unmodifiableMap(copy));
    }
  }
}
