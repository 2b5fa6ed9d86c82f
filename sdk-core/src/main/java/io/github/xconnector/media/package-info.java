/** Media upload: the streamed uploader behind {@code x.media().upload(...)} and the per-step operations. */
package io.github.xconnector.media;
