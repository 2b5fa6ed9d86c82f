/** How calls go over the wire: retry policy and waits, rate-limit state, and the raw answer of a call. */
package io.github.xconnector.transport;
