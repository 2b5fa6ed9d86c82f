package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.ListField;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.XList;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.ListDraft;
import io.github.xconnector.resources.PageRequest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Curates a list: creates it, adds two accounts as members, reads the posts of its members, pins it, and at the end
 * unpins and deletes it again.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=CurateList} (its
 * members are {@code @nora_quill} and {@code @kai_rivers}). Against the real X API set the OAuth settings (see
 * {@link LogInWithOAuth}) with the scopes {@code list.read} and {@code list.write} in {@code X_SCOPES}; the members are
 * {@code @XDevelopers} (or the account named by {@code X_EXAMPLE_USERNAME}) and {@code @X}, and the list exists only
 * while the example runs.
 */
public final class CurateList {

  private CurateList() {
  }

  /**
   * Runs the example alone.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleSession session = ExampleSession.open(System.out)) {
      run(session, System.out);
    }
  }

  /**
   * Creates a list, adds members, reads its posts, pins it, then unpins and deletes it.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    String me = session.userId();
    List<String> usernames = session.sandbox().isPresent() ? List.of("nora_quill", "kai_rivers")
        : List.of(session.environmentValue("X_EXAMPLE_USERNAME").orElse("XDevelopers"), "X");
    List<User> members = x.users().byUsernames(usernames, Fields.none()).getData();
    if (members == null || members.isEmpty()) {
      out.println("None of " + usernames + " was found: nothing to put on a list");
      return;
    }

    // Creating a list is never repeated after a failure: a lost answer may hide a list that was made.
    String listId = x.lists().create(ListDraft.named("X Connector tour")
        .withDescription("Made by the X Connector for Java tour")).getData().getId();
    out.println("Created list " + listId);
    try {
      for (User member : members) {
        // Adding a member again changes nothing, so the SDK retries this call when X is briefly unavailable.
        out.println("Added @" + member.getUsername() + ": member "
            + x.lists().addMember(listId, member.getId()).getData().getIsMember());
      }
      XList list = x.lists().get(listId, Fields.builder().list(ListField.MEMBER_COUNT, ListField.PRIVATE).build())
          .getData();
      out.println("List \"" + list.getName() + "\": " + list.getMemberCount() + " members, private "
          + list.getPrivate());

      List<Post> posts = x.lists().posts(listId, PageRequest.builder().maxResults(10)
          .fields(Fields.builder().post(PostField.AUTHOR_ID, PostField.CREATED_AT).build()).build())
          .firstPage().items();
      List<String> authors = new ArrayList<>();
      posts.forEach(post -> authors.add(post.getAuthorId()));
      out.println("Posts of the list: " + posts.size() + " on the first page, by "
          + authors.stream().distinct().count() + " members");

      out.println("Pinned the list: " + x.lists().pin(me, listId).getData().getPinned());
      out.println("Pinned lists now: " + x.lists().pinned(me).getData().stream().map(XList::getName).toList());
      out.println("Unpinned it: pinned " + x.lists().unpin(me, listId).getData().getPinned());
    } finally {
      out.println("Deleted the list: " + x.lists().delete(listId).getData().getDeleted());
    }
  }
}
