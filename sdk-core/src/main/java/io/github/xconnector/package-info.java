/** The entry point: {@link io.github.xconnector.XClient}, built with its builder or from the environment. */
package io.github.xconnector;
