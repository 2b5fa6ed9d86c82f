/** The one unchecked exception hierarchy under {@link io.github.xconnector.errors.XException}, and X's problem types. */
package io.github.xconnector.errors;
