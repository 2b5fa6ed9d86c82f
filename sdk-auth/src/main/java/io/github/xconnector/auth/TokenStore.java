package io.github.xconnector.auth;

import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps a user's OAuth 2.0 tokens between refreshes and between runs.
 *
 * <p>X rotates refresh tokens: after a refresh only the new refresh token works. So {@link OAuth2UserTokenProvider}
 * saves every new pair here before it uses it; a pair that is lost means the user must authorize again. The SDK
 * provides {@link InMemoryTokenStore} and {@link FileTokenStore}; implement this interface to keep tokens elsewhere,
 * for example in a database row per user.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TokenStore {

  /**
   * Reads the stored tokens.
   *
   * @return the tokens, or empty when none are stored
   */
  Optional<OAuth2Tokens> load();

  /**
   * Replaces the stored tokens.
   *
   * @param tokens the new tokens
   */
  void save(OAuth2Tokens tokens);

  /** Removes the stored tokens, for example after they were revoked. */
  void clear();

  /**
   * Reads the stored tokens, computes new ones from them and saves the result, as one step where the store can.
   *
   * <p>The provider refreshes inside this method, so a store shared by several processes can make them take turns:
   * a process that waited sees the tokens another one just saved and uses them instead of refreshing with a refresh
   * token that no longer works. The default implementation does not lock; stores shared between processes (such as
   * {@link FileTokenStore}) or rows in a database (with {@code SELECT ... FOR UPDATE}) should override it. The
   * updater must not call this store.
   *
   * @param updater computes the tokens to keep from the stored ones (empty when none are stored); it may perform a
   *     refresh request
   * @return the tokens the updater returned, saved unless they equal the stored ones
   */
  default OAuth2Tokens update(Function<Optional<OAuth2Tokens>, OAuth2Tokens> updater) {
    Optional<OAuth2Tokens> stored = load();
    OAuth2Tokens result = updater.apply(stored);
    if (!stored.equals(Optional.of(result))) {
      save(result);
    }
    return result;
  }
}
