package io.github.xconnector.internal;

/**
 * Marks a hand-written Feign interface whose successful answers are handed to the caller with their body still open,
 * as an {@link java.io.InputStream} read straight from the connection: a downloaded file is never held in memory
 * whole. The client builds such interfaces with a Feign instance that does not close the body after decoding; the
 * caller closes the stream, which frees the connection. Error answers are read and closed as usual.
 */
public interface OpenBodyApi {
}
