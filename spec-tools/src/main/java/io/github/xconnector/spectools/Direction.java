package io.github.xconnector.spectools;

/** Whether a schema describes what the SDK sends or what it receives; the breaking rules differ. */
enum Direction {
    /** Parameters and request bodies: written by SDK users. */
    REQUEST,
    /** Response bodies: read by SDK users. */
    RESPONSE
}
