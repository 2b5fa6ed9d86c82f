package io.github.xconnector.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The users, follows, posts and likes a sandbox starts with. Post times are relative to the sandbox clock at start,
 * so they always fall inside recent search's seven days.
 */
final class SeedData {

  static final SandboxUser DEVELOPER = SandboxUser.of("1000000001", "sandbox_dev", "Sandbox Developer",
      "Builds apps against the local X sandbox. #sandbox");
  static final SandboxUser KAI = SandboxUser.of("1000000002", "kai_rivers", "Kai Rivers",
      "Backend engineer. Java, coffee and long walks.");
  static final SandboxUser NORA = SandboxUser.of("1000000003", "nora_quill", "Nora Quill",
      "Writes about software design with @kai_rivers.");
  static final SandboxUser ORBIT = SandboxUser.of("1000000004", "orbit_news", "Orbit News",
      "Space news from a newsroom that does not exist.");
  static final SandboxUser PAT = SandboxUser.of("1000000005", "quiet_pat", "Pat Quiet",
      "A protected account: follows need approval.").asProtected();

  static final List<SandboxUser> USERS = List.of(DEVELOPER, KAI, NORA, ORBIT, PAT);

  private SeedData() {}

  /** Adds the seed follows, posts, likes and a pinned post to a state that already holds {@link #USERS}. */
  static void install(SandboxState state) {
    follow(state, DEVELOPER, KAI, ORBIT);
    follow(state, KAI, DEVELOPER, NORA);
    follow(state, NORA, DEVELOPER, KAI, ORBIT);
    follow(state, PAT, DEVELOPER);

    Instant now = state.clock().instant();
    Post launch = post(state, now, 72, ORBIT, "Launch window opens tomorrow at dawn. #space #launch", null, null);
    Post records = post(state, now, 50, KAI, "Trying Java records for value objects today. Clean! #java", null,
        null);
    Post design = post(state, now, 30, NORA, "Small classes, obvious names. @kai_rivers agrees, I think. #design",
        null, null);
    Post hello = post(state, now, 20, DEVELOPER, "Hello from the X sandbox! #sandbox", null, null);
    post(state, now, 10, KAI, "@nora_quill I do agree. Most of the time. #java", design, null);
    Post weather = post(state, now, 5, ORBIT, "Weather looks good for the launch. #space", null, null);
    post(state, now, 3, NORA, "Fingers crossed for the crew.", null, weather);
    foldersAndAffiliates(state, records, launch, weather);
    post(state, now, 1, DEVELOPER, "Writing tests against a local X: hi @orbit_news and @kai_rivers #sandbox #java",
        null, null);

    state.like(KAI.id(), hello.id());
    state.like(NORA.id(), hello.id());
    state.like(DEVELOPER.id(), records.id());
    state.like(DEVELOPER.id(), launch.id());
    state.pin(NORA.id(), design.id());
  }

  /** The developer's bookmarks sorted into two folders, and Orbit News listing Nora as an affiliate. */
  private static void foldersAndAffiliates(SandboxState state, Post java, Post... space) {
    BookmarkFolders folders = state.bookmarkFolders();
    BookmarkFolders.Folder reading = folders.create(DEVELOPER.id(), "Java reading");
    state.bookmark(DEVELOPER.id(), java.id());
    folders.file(DEVELOPER.id(), reading.id(), java.id());
    BookmarkFolders.Folder launches = folders.create(DEVELOPER.id(), "Launches");
    for (Post post : space) {
      state.bookmark(DEVELOPER.id(), post.id());
      folders.file(DEVELOPER.id(), launches.id(), post.id());
    }
    state.relations().affiliate(ORBIT.id(), NORA.id());
  }

  private static void follow(SandboxState state, SandboxUser source, SandboxUser... targets) {
    for (SandboxUser target : targets) {
      state.follow(source.id(), target.id());
    }
  }

  private static Post post(SandboxState state, Instant now, int hoursAgo, SandboxUser author, String text,
      Post replyTo, Post quoted) {
    return state.publishAt(now.minus(Duration.ofHours(hoursAgo)), (id, createdAt) -> new Post(id, author.id(), text,
        createdAt, replyTo == null ? id : replyTo.conversationId(), replyTo == null ? null : replyTo.authorId(),
        replyTo != null ? List.of(new Post.Reference("replied_to", replyTo.id()))
            : quoted != null ? List.of(new Post.Reference("quoted", quoted.id())) : List.of(),
        List.of(), null, null));
  }
}
