package io.github.xconnector.streams;

/**
 * One thing a stream delivers: a post ({@link PostEvent}), or a message X sent in the stream instead of a post: that it
 * is closing the connection ({@link DisconnectEvent}), that the connection has a problem such as too many connections
 * ({@link ConnectionIssueEvent}), or an error about a single post ({@link ErrorEvent}).
 *
 * <pre>{@code
 * for (StreamEvent event : stream) {
 *   if (event instanceof PostEvent post) {
 *     System.out.println(post.post().getText() + " matched " + post.matchingRules());
 *   }
 * }
 * }</pre>
 */
public sealed interface StreamEvent permits PostEvent, DisconnectEvent, ConnectionIssueEvent, ErrorEvent {
}
