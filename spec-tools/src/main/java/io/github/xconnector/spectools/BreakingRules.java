package io.github.xconnector.spectools;

/**
 * Decides which changes break SDK users: code that compiled against the old generated client, or calls that X
 * accepted under the old document.
 *
 * <p>The generated client turns parameters into method arguments, schema properties into getters and setters, and
 * enumerations into Java enums. So:
 * <ul>
 *   <li><b>Operations.</b> A removed or moved operation is breaking: its method disappears or calls a path X no longer
 *       serves.</li>
 *   <li><b>Removals, renames and retypes</b> of a parameter, request field or response field are breaking: a getter,
 *       setter or argument disappears or changes type, or the wire name X reads or writes is no longer the one the SDK
 *       uses. One exception: renaming a <em>path</em> parameter is not breaking, because only its position reaches
 *       the wire and Java callers pass arguments by position.</li>
 *   <li><b>Additions.</b> An added response field is not breaking (unknown properties are ignored when reading). An
 *       added parameter or request field is breaking only when it is required, because existing calls do not send
 *       it.</li>
 *   <li><b>Required.</b> A parameter, request body or request field that becomes required is breaking; one that
 *       becomes optional is not. Required-ness of response fields does not change generated code and is not
 *       reported.</li>
 *   <li><b>Enum values.</b> An added value is not breaking (responses decode unknown values to a default constant). A
 *       removed or renamed value is breaking in both directions: X rejects it in requests, and the generated constant
 *       that user code refers to disappears.</li>
 *   <li><b>Request body and response.</b> A removed request body or success response, or a changed media type, is
 *       breaking. A different success status code alone (200 to 201) is not: the generated method returns the same
 *       body.</li>
 *   <li><b>Security.</b> A scheme removed from an operation is breaking (callers using it are refused); an added
 *       scheme is not. A scope added to an operation's requirement is breaking (tokens granted without it are
 *       refused); a removed scope is not. In the document's scheme definitions, a changed type or HTTP scheme and a
 *       removed scope are breaking, an added scope is not, and changed OAuth 2.0 endpoint addresses are reported
 *       without being breaking, because the SDK's authorization code configures its own endpoints.</li>
 * </ul>
 */
final class BreakingRules {

    private BreakingRules() {
    }

    static boolean renamed(Change.Subject subject, String parameterLocation) {
        return !(subject == Change.Subject.PARAMETER && "path".equals(parameterLocation));
    }

    static boolean added(Direction direction, boolean required) {
        return direction == Direction.REQUEST && required;
    }

    static boolean becameRequired(Direction direction, boolean nowRequired) {
        return direction == Direction.REQUEST && nowRequired;
    }

    static boolean enumValueAdded() {
        return false;
    }

    static boolean removedOrRetyped() {
        return true;
    }

    static boolean successStatusChanged() {
        return false;
    }

    static boolean securitySchemeAddedToOperation() {
        return false;
    }

    static boolean scopeAddedToOperation() {
        return true;
    }

    static boolean scopeRemovedFromOperation() {
        return false;
    }

    static boolean scopeRemovedFromDefinition() {
        return true;
    }

    static boolean scopeAddedToDefinition() {
        return false;
    }

    static boolean oauthEndpointChanged() {
        return false;
    }
}
