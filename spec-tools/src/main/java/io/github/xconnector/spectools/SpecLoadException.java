package io.github.xconnector.spectools;

/**
 * Thrown when an OpenAPI document cannot be read or parsed; the message names the document and what to do.
 *
 * <p>The spec tools stand apart from the SDK's runtime, so this exception does not extend the SDK's
 * {@code XException}.
 */
public final class SpecLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the document.
     *
     * @param message what went wrong and what to do
     */
    public SpecLoadException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong and what to do
     * @param cause the underlying failure
     */
    public SpecLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
