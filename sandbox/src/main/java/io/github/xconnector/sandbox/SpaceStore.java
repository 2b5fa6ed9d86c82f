package io.github.xconnector.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The sandbox's Spaces and the tickets bought for them. A Space's state follows the sandbox clock: scheduled until its
 * start, live until its end, then ended; moving the clock moves Spaces along.
 */
final class SpaceStore {

  /** A Space; {@code startedAt} is the scheduled or actual start, {@code endedAt} null while it has no end. */
  record Space(String id, String creatorId, String title, List<String> hostIds, List<String> speakerIds,
      List<String> invitedUserIds, List<String> topicIds, Instant createdAt, Instant startedAt, Instant endedAt,
      boolean ticketed, String lang, int participantCount) {

    Space {
      hostIds = List.copyOf(hostIds);
      speakerIds = List.copyOf(speakerIds);
      invitedUserIds = List.copyOf(invitedUserIds);
      topicIds = List.copyOf(topicIds);
    }

    String state(Instant now) {
      if (endedAt != null && !now.isBefore(endedAt)) {
        return "ended";
      }
      return now.isBefore(startedAt) ? "scheduled" : "live";
    }

    /** Whether a user posted as a host or speaker while it was live. */
    boolean voiced(Post post) {
      boolean voice = hostIds.contains(post.authorId()) || speakerIds.contains(post.authorId());
      return voice && !post.createdAt().isBefore(startedAt) && (endedAt == null || post.createdAt().isBefore(endedAt));
    }
  }

  /** The topics Spaces can carry, by id. */
  static final Map<String, String[]> TOPICS = Map.of(
      "848920371311001600", new String[] {"Technology", "All about technology"},
      "848921413196984320", new String[] {"Space", "Rockets, launches and the sky"});

  private final Clock clock;
  private final Map<String, Space> spaces = new LinkedHashMap<>();
  private final Map<String, LinkedHashSet<String>> buyers = new LinkedHashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  SpaceStore(Clock clock) {
    this.clock = clock;
  }

  /** Seeds a live Space, a ticketed scheduled one with buyers, another scheduled one and an ended one. */
  void seed() {
    Instant now = clock.instant();
    add(new Space("1YqKDqWqdPLsV", SeedData.ORBIT.id(), "Launch day: counting down together",
        List.of(SeedData.ORBIT.id()), List.of(SeedData.NORA.id()), List.of(SeedData.KAI.id()),
        List.of("848921413196984320"), now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(6)), null, false,
        "en", 42));
    add(new Space("1OwGWwnoleRGQ", SeedData.DEVELOPER.id(), "Sandbox office hours: testing against a local X",
        List.of(SeedData.DEVELOPER.id()), List.of(), List.of(), List.of("848920371311001600"),
        now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), null, true, "en", 0));
    add(new Space("1mnGeRkPvRwJX", SeedData.KAI.id(), "Java records, a live Q&A",
        List.of(SeedData.KAI.id(), SeedData.NORA.id()), List.of(), List.of(SeedData.DEVELOPER.id()),
        List.of("848920371311001600"), now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(5)), null, false,
        "en", 0));
    add(new Space("1vOxwMaRqEPKB", SeedData.NORA.id(), "Design book club: small classes",
        List.of(SeedData.NORA.id()), List.of(SeedData.KAI.id()), List.of(), List.of(),
        now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(4)), now.minus(Duration.ofHours(2)), false, "en",
        17));
    buy("1OwGWwnoleRGQ", SeedData.KAI.id());
    buy("1OwGWwnoleRGQ", SeedData.NORA.id());
    buy("1OwGWwnoleRGQ", SeedData.PAT.id());
  }

  void add(Space space) {
    write(() -> spaces.put(space.id(), space));
  }

  /** Records a ticket bought for a ticketed Space; buying twice changes nothing. */
  void buy(String spaceId, String userId) {
    write(() -> buyers.computeIfAbsent(spaceId, k -> new LinkedHashSet<>()).add(userId));
  }

  Instant now() {
    return clock.instant();
  }

  Optional<Space> space(String id) {
    return read(() -> Optional.ofNullable(spaces.get(id)));
  }

  /** The live and scheduled Spaces the users created, in the order of the users. */
  List<Space> byCreators(List<String> userIds) {
    Instant now = clock.instant();
    return read(() -> {
      List<Space> found = new ArrayList<>();
      for (String userId : userIds) {
        spaces.values().stream().filter(s -> s.creatorId().equals(userId) && !s.state(now).equals("ended"))
            .forEach(found::add);
      }
      return found;
    });
  }

  /** The live and scheduled Spaces (or only those in {@code state}) whose title has every word of the query. */
  List<Space> search(String query, String state) {
    Instant now = clock.instant();
    Set<String> words = new LinkedHashSet<>(Arrays.asList(query.toLowerCase(Locale.ROOT).trim().split("\\s+")));
    return read(() -> spaces.values().stream()
        .filter(s -> !s.state(now).equals("ended") && (state == null || state.equals("all") || s.state(now)
            .equals(state)))
        .filter(s -> words.stream().allMatch(w -> s.title().toLowerCase(Locale.ROOT).contains(w)))
        .toList());
  }

  /** Who bought a ticket, in the order they bought. */
  List<String> buyers(String spaceId) {
    return read(() -> List.copyOf(buyers.getOrDefault(spaceId, new LinkedHashSet<>())));
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void write(Runnable action) {
    lock.writeLock().lock();
    try {
      action.run();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
