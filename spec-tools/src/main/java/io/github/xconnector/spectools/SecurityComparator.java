package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares security: the schemes and scopes each operation accepts, and the definitions of the schemes used.
 *
 * <p>An operation lists alternative requirements; each scheme's scopes are taken as the union over the alternatives
 * that name it, which is what a token for that scheme must be granted.
 */
final class SecurityComparator {

    private final OpenAPI oldDocument;
    private final OpenAPI newDocument;
    private final List<Change> changes;

    SecurityComparator(OpenAPI oldDocument, OpenAPI newDocument, List<Change> changes) {
        this.oldDocument = oldDocument;
        this.newDocument = newDocument;
        this.changes = changes;
    }

    /** Compares the requirements of one operation pair and returns the old scheme names it used. */
    Set<String> compareOperation(Operation oldOperation, Operation newOperation, String label) {
        Map<String, Set<String>> oldSchemes = schemes(oldDocument, oldOperation);
        Map<String, Set<String>> newSchemes = schemes(newDocument, newOperation);
        Location at = Location.of(label, "security");
        oldSchemes.forEach((scheme, oldScopes) -> {
            Set<String> newScopes = newSchemes.get(scheme);
            if (newScopes == null) {
                add(Change.Kind.REMOVED, Change.Subject.SECURITY_SCHEME, at, scheme, null,
                        BreakingRules.removedOrRetyped());
                return;
            }
            Location scopes = Location.of(label, "security " + scheme);
            for (String scope : newScopes) {
                if (!oldScopes.contains(scope)) {
                    add(Change.Kind.ADDED, Change.Subject.SCOPE, scopes, null, scope,
                            BreakingRules.scopeAddedToOperation());
                }
            }
            for (String scope : oldScopes) {
                if (!newScopes.contains(scope)) {
                    add(Change.Kind.REMOVED, Change.Subject.SCOPE, scopes, scope, null,
                            BreakingRules.scopeRemovedFromOperation());
                }
            }
        });
        for (String scheme : newSchemes.keySet()) {
            if (!oldSchemes.containsKey(scheme)) {
                add(Change.Kind.ADDED, Change.Subject.SECURITY_SCHEME, at, null, scheme,
                        BreakingRules.securitySchemeAddedToOperation());
            }
        }
        return oldSchemes.keySet();
    }

    /** Compares the component definitions of the named schemes. */
    void compareDefinitions(Set<String> names) {
        Map<String, SecurityScheme> oldDefinitions = definitions(oldDocument);
        Map<String, SecurityScheme> newDefinitions = definitions(newDocument);
        for (String name : names) {
            SecurityScheme oldScheme = oldDefinitions.get(name);
            SecurityScheme newScheme = newDefinitions.get(name);
            Location at = Location.of("", "securitySchemes " + name);
            if (oldScheme == null) {
                continue;
            }
            if (newScheme == null) {
                add(Change.Kind.REMOVED, Change.Subject.SECURITY_SCHEME, at, name, null,
                        BreakingRules.removedOrRetyped());
            } else if (!Objects.equals(oldScheme.getType(), newScheme.getType())
                    || !Objects.equals(oldScheme.getScheme(), newScheme.getScheme())) {
                add(Change.Kind.CHANGED, Change.Subject.SECURITY_SCHEME, at, describe(oldScheme), describe(newScheme),
                        BreakingRules.removedOrRetyped());
            } else {
                compareFlows(oldScheme.getFlows(), newScheme.getFlows(), at);
            }
        }
    }

    private void compareFlows(OAuthFlows oldFlows, OAuthFlows newFlows, Location at) {
        Map<String, OAuthFlow> oldByName = flows(oldFlows);
        Map<String, OAuthFlow> newByName = flows(newFlows);
        oldByName.forEach((flowName, oldFlow) -> {
            OAuthFlow newFlow = newByName.get(flowName);
            Location flowAt = Location.of("", at.area() + " " + flowName);
            if (newFlow == null) {
                add(Change.Kind.REMOVED, Change.Subject.SECURITY_SCHEME, flowAt, flowName, null,
                        BreakingRules.removedOrRetyped());
                return;
            }
            compareUrl("authorizationUrl", oldFlow.getAuthorizationUrl(), newFlow.getAuthorizationUrl(), flowAt);
            compareUrl("tokenUrl", oldFlow.getTokenUrl(), newFlow.getTokenUrl(), flowAt);
            compareUrl("refreshUrl", oldFlow.getRefreshUrl(), newFlow.getRefreshUrl(), flowAt);
            Set<String> oldScopes = oldFlow.getScopes() == null ? Set.of() : oldFlow.getScopes().keySet();
            Set<String> newScopes = newFlow.getScopes() == null ? Set.of() : newFlow.getScopes().keySet();
            oldScopes.stream().filter(s -> !newScopes.contains(s)).forEach(scope -> add(Change.Kind.REMOVED,
                    Change.Subject.SCOPE, flowAt, scope, null, BreakingRules.scopeRemovedFromDefinition()));
            newScopes.stream().filter(s -> !oldScopes.contains(s)).forEach(scope -> add(Change.Kind.ADDED,
                    Change.Subject.SCOPE, flowAt, null, scope, BreakingRules.scopeAddedToDefinition()));
        });
    }

    private void compareUrl(String name, String oldUrl, String newUrl, Location at) {
        if (oldUrl != null && newUrl != null && !oldUrl.equals(newUrl)) {
            add(Change.Kind.CHANGED, Change.Subject.SECURITY_SCHEME, Location.of("", at.area() + " " + name), oldUrl,
                    newUrl, BreakingRules.oauthEndpointChanged());
        }
    }

    private static Map<String, OAuthFlow> flows(OAuthFlows flows) {
        Map<String, OAuthFlow> byName = new LinkedHashMap<>();
        if (flows != null) {
            byName.put("authorizationCode", flows.getAuthorizationCode());
            byName.put("clientCredentials", flows.getClientCredentials());
            byName.put("implicit", flows.getImplicit());
            byName.put("password", flows.getPassword());
        }
        byName.values().removeIf(Objects::isNull);
        return byName;
    }

    private static Map<String, Set<String>> schemes(OpenAPI document, Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity()
                : document.getSecurity();
        Map<String, Set<String>> scopesByScheme = new LinkedHashMap<>();
        if (requirements != null) {
            requirements.forEach(requirement -> requirement.forEach((scheme, scopes) ->
                    scopesByScheme.computeIfAbsent(scheme, s -> new LinkedHashSet<>()).addAll(scopes)));
        }
        return scopesByScheme;
    }

    private static Map<String, SecurityScheme> definitions(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSecuritySchemes() == null) {
            return Map.of();
        }
        return document.getComponents().getSecuritySchemes();
    }

    private static String describe(SecurityScheme scheme) {
        String type = String.valueOf(scheme.getType());
        return scheme.getScheme() == null ? type : type + " " + scheme.getScheme();
    }

    private void add(Change.Kind kind, Change.Subject subject, Location at, String from, String to, boolean breaking) {
        changes.add(at.change(kind, subject, from, to, breaking));
    }
}
