package io.github.xconnector.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filtered-stream rules of every app, as X keeps them: per app, each with a numeric id, its value and an optional
 * tag, in the order they were added.
 *
 * <p>Adding is all or nothing, as on X: when one rule of a request is refused (too long, not valid, a duplicate) or
 * the request would take the app over its rule cap, none is created. Deleting goes rule by rule. A dry run checks
 * and reports the same way without changing anything.
 */
final class StreamRuleStore {

  /** A stored rule; {@code tag} may be null. */
  record Rule(String id, String value, String tag, RuleMatcher matcher) {}

  /** A rule as a request asks for it. */
  record Draft(String value, String tag) {}

  /** Why one rule of an add request was refused. */
  enum Refusal {
    TOO_LONG, INVALID, DUPLICATE
  }

  /** One refused rule: its value, why, X's reason and, for duplicates, the id of the rule it repeats. */
  record RefusedRule(String value, Refusal refusal, String reason, String existingId) {}

  /**
   * What an add request did.
   *
   * @param created the rules created (or that would be, on a dry run); empty when anything was refused
   * @param refused the refused rules
   * @param overCap whether the request would take the app over its rule cap
   * @param valid the number of valid rules in the request
   */
  record Added(List<Rule> created, List<RefusedRule> refused, boolean overCap, int valid, int requested) {}

  /** What a delete request did: the rules deleted, and the ids and the values that named no rule. */
  record Deleted(List<Rule> deleted, List<String> missingIds, List<String> missingValues) {

    int missingCount() {
      return missingIds.size() + missingValues.size();
    }
  }

  private final Guarded guard = new Guarded();
  private final PostIds ids = new PostIds();
  private final Clock clock;
  private final int maxRuleLength;
  private final int capPerApp;
  private final Map<String, LinkedHashMap<String, Rule>> rulesByApp = new HashMap<>();
  private final Map<String, String> appIds = new LinkedHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param maxRuleLength the longest rule value accepted, in characters
   * @param capPerApp the most rules one app may have at a time
   */
  StreamRuleStore(Clock clock, int maxRuleLength, int capPerApp) {
    this.clock = clock;
    this.maxRuleLength = maxRuleLength;
    this.capPerApp = capPerApp;
  }

  int maxRuleLength() {
    return maxRuleLength;
  }

  int capPerApp() {
    return capPerApp;
  }

  /** The app's rules, oldest first. */
  List<Rule> rules(String app) {
    return guard.read(() -> List.copyOf(rulesByApp.getOrDefault(app, new LinkedHashMap<>()).values()));
  }

  /** The numeric id the sandbox gives an app in rule counts; stable for the sandbox's lifetime. */
  String appId(String app) {
    return guard.write(() -> appIds.computeIfAbsent(app, key -> Long.toString(1_900_000_000L + appIds.size() + 1)));
  }

  /** Every app that has rules, with its rule count, in the order the apps were first seen. */
  Map<String, Integer> countsByApp() {
    return guard.read(() -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      rulesByApp.forEach((app, rules) -> {
        if (!rules.isEmpty()) {
          counts.put(app, rules.size());
        }
      });
      return counts;
    });
  }

  Added add(String app, List<Draft> drafts, boolean dryRun) {
    List<Draft> checked = List.copyOf(drafts);
    return guard.write(() -> {
      LinkedHashMap<String, Rule> rules = rulesByApp.computeIfAbsent(app, k -> new LinkedHashMap<>());
      Map<String, String> idsByValue = new HashMap<>();
      rules.values().forEach(rule -> idsByValue.put(rule.value(), rule.id()));
      Set<String> requested = new HashSet<>();
      List<RefusedRule> refused = new ArrayList<>();
      List<Rule> accepted = new ArrayList<>();
      for (Draft draft : checked) {
        String value = draft.value();
        if (value.length() > maxRuleLength) {
          refused.add(new RefusedRule(value, Refusal.TOO_LONG, "Rule is " + value.length() + " characters long;"
              + " a rule may be at most " + maxRuleLength + " characters.", null));
          continue;
        }
        Optional<String> problem = RuleMatcher.problem(value);
        if (problem.isPresent()) {
          refused.add(new RefusedRule(value, Refusal.INVALID, problem.get(), null));
          continue;
        }
        if (idsByValue.containsKey(value) || !requested.add(value)) {
          refused.add(new RefusedRule(value, Refusal.DUPLICATE, null, idsByValue.get(value)));
          continue;
        }
        accepted.add(new Rule(ids.next(clock.instant()), value, draft.tag(), RuleMatcher.parse(value)));
      }
      boolean overCap = refused.isEmpty() && rules.size() + accepted.size() > capPerApp;
      if (!refused.isEmpty() || overCap) {
        return new Added(List.of(), refused, overCap, accepted.size(), checked.size());
      }
      if (!dryRun) {
        accepted.forEach(rule -> rules.put(rule.id(), rule));
      }
      return new Added(List.copyOf(accepted), List.of(), false, accepted.size(), checked.size());
    });
  }

  /** Deletes the rules named by id or by value; the ones that do not exist are reported as missing. */
  Deleted delete(String app, Collection<String> ruleIds, Collection<String> values, boolean dryRun) {
    return guard.write(() -> {
      LinkedHashMap<String, Rule> rules = rulesByApp.computeIfAbsent(app, k -> new LinkedHashMap<>());
      List<Rule> deleted = new ArrayList<>();
      List<String> missingIds = new ArrayList<>();
      List<String> missingValues = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String id : ruleIds) {
        Rule rule = rules.get(id);
        if (rule == null || !seen.add(rule.id())) {
          missingIds.add(id);
        } else {
          deleted.add(rule);
        }
      }
      for (String value : values) {
        Rule rule = rules.values().stream().filter(r -> r.value().equals(value)).findFirst().orElse(null);
        if (rule == null || !seen.add(rule.id())) {
          missingValues.add(value);
        } else {
          deleted.add(rule);
        }
      }
      if (!dryRun) {
        deleted.forEach(rule -> rules.remove(rule.id()));
      }
      return new Deleted(List.copyOf(deleted), List.copyOf(missingIds), List.copyOf(missingValues));
    });
  }

  /** Deletes every rule of the app. */
  Deleted deleteAll(String app, boolean dryRun) {
    return guard.write(() -> {
      LinkedHashMap<String, Rule> rules = rulesByApp.computeIfAbsent(app, k -> new LinkedHashMap<>());
      List<Rule> deleted = List.copyOf(rules.values());
      if (!dryRun) {
        rules.clear();
      }
      return new Deleted(deleted, List.of(), List.of());
    });
  }
}
