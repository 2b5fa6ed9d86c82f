package io.github.xconnector.sandbox.sdk;

import io.github.xconnector.generated.model.ListExpansion;
import io.github.xconnector.generated.model.ListField;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.generated.model.PlaceField;
import io.github.xconnector.generated.model.PollField;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.UserExpansion;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.Fields;
import java.util.Arrays;
import java.util.function.IntFunction;

/** Every field and expansion the SDK offers, as the widest requests an application can make. */
final class RichFields {

  private RichFields() {
  }

  /** Every post, user, media, poll and place field and every post expansion: for operations that return posts. */
  static Fields forPosts() {
    return Fields.builder()
        .post(known(PostField.values(), PostField.UNKNOWN_DEFAULT_OPEN_API, PostField[]::new))
        .user(known(UserField.values(), UserField.UNKNOWN_DEFAULT_OPEN_API, UserField[]::new))
        .media(known(MediaField.values(), MediaField.UNKNOWN_DEFAULT_OPEN_API, MediaField[]::new))
        .poll(known(PollField.values(), PollField.UNKNOWN_DEFAULT_OPEN_API, PollField[]::new))
        .place(known(PlaceField.values(), PlaceField.UNKNOWN_DEFAULT_OPEN_API, PlaceField[]::new))
        .expand(known(PostExpansion.values(), PostExpansion.UNKNOWN_DEFAULT_OPEN_API, PostExpansion[]::new))
        .build();
  }

  /** Every user and post field and every user expansion: for operations that return users. */
  static Fields forUsers() {
    return Fields.builder()
        .user(known(UserField.values(), UserField.UNKNOWN_DEFAULT_OPEN_API, UserField[]::new))
        .post(known(PostField.values(), PostField.UNKNOWN_DEFAULT_OPEN_API, PostField[]::new))
        .expand(known(UserExpansion.values(), UserExpansion.UNKNOWN_DEFAULT_OPEN_API, UserExpansion[]::new))
        .build();
  }

  /** Every list field, the owner expansion and every user field: for operations that return lists. */
  static Fields forLists() {
    return Fields.builder()
        .list(known(ListField.values(), ListField.UNKNOWN_DEFAULT_OPEN_API, ListField[]::new))
        .expand(known(ListExpansion.values(), ListExpansion.UNKNOWN_DEFAULT_OPEN_API, ListExpansion[]::new))
        .user(known(UserField.values(), UserField.UNKNOWN_DEFAULT_OPEN_API, UserField[]::new))
        .build();
  }

  private static <E> E[] known(E[] values, E unknown, IntFunction<E[]> array) {
    return Arrays.stream(values).filter(value -> value != unknown).toArray(array);
  }
}
