/**
 * The SDK's own machinery, not API: the one call path (checks from the generated operation table, attempts, rate-limit
 * and raw-answer capture, paging) and the Feign wiring. The module does not export it; nothing here is meant to be
 * used by applications, and it changes without notice.
 */
package io.github.xconnector.internal;
