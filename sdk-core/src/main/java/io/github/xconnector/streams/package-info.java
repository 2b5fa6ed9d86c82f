/**
 * Streams of posts as X publishes them: the filtered stream and its rules ({@link
 * io.github.xconnector.streams.StreamRules}), the 1% and 10% samples. {@link io.github.xconnector.streams.PostStream}
 * is the open stream: iterated, or delivering to a {@link io.github.xconnector.streams.StreamHandler}; it reconnects
 * by X's rules and reports every wait to a {@link io.github.xconnector.streams.StreamListener}.
 */
package io.github.xconnector.streams;
