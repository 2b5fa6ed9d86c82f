package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated user's bookmarks: list, add and remove, kept in the sandbox's state; and the bookmark folders with
 * the posts filed in each, kept in {@link BookmarkFolders}.
 */
final class BookmarkEndpoints {

  private static final int DEFAULT_POSTS = 100;
  private static final int DEFAULT_FOLDERS = 100;

  private final Services services;

  BookmarkEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getBookmarks", call -> services.responses().postPage(call,
        services.state().bookmarks(call.userId()), DEFAULT_POSTS));
    endpoints.put("addBookmark", this::add);
    endpoints.put("getBookmarkFolders", this::folders);
    endpoints.put("getBookmarkFolderPosts", this::folderPosts);
    endpoints.put("removeBookmark", call -> {
      services.state().removeBookmark(call.userId(), call.path("tweet_id"));
      services.state().bookmarkFolders().unfile(call.userId(), call.path("tweet_id"));
      return Responses.data(200, Json.object().put("bookmarked", false));
    });
  }

  private SandboxResponse add(Call call) {
    String postId = call.jsonBody().path("tweet_id").asText();
    if (services.state().post(postId).isEmpty()) {
      throw Problems.invalidParameter("tweet_id", postId, "The post [" + postId + "] does not exist.");
    }
    services.state().bookmark(call.userId(), postId);
    return Responses.data(200, Json.object().put("bookmarked", true));
  }

  private SandboxResponse folders(Call call) {
    List<BookmarkFolders.Folder> folders = services.state().bookmarkFolders().folders(call.userId());
    Pages.Slice<BookmarkFolders.Folder> page = Pages.slice(folders, call.maxResults(DEFAULT_FOLDERS),
        Pages.token(call), BookmarkFolders.Folder::id);
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.items().forEach(folder -> data.addObject().put("id", folder.id()).put("name", folder.name()));
    }
    ObjectNode meta = body.putObject("meta");
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
    return SandboxResponse.json(200, body);
  }

  /** The folder's posts that are still bookmarked and still exist, newest filed first. */
  private SandboxResponse folderPosts(Call call) {
    String folderId = call.path("folder_id");
    List<String> filed = services.state().bookmarkFolders().postIds(call.userId(), folderId).orElseThrow(() ->
        new ApiProblem(Responses.onlyErrors(Problems.resourceNotFound("bookmark folder", "folder_id", folderId))));
    Set<String> bookmarked = services.state().bookmarks(call.userId()).stream().map(Post::id)
        .collect(Collectors.toSet());
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    filed.stream().filter(bookmarked::contains).forEach(id -> data.addObject().put("id", id));
    body.putObject("meta");
    return SandboxResponse.json(200, body);
  }
}
