package io.github.xconnector.streams;

import io.github.xconnector.generated.model.Rule;
import io.github.xconnector.generated.model.RuleCountField;
import io.github.xconnector.generated.model.RuleCountsResponse;
import io.github.xconnector.generated.model.RuleDeletion;
import io.github.xconnector.generated.model.RuleDraft;
import io.github.xconnector.generated.model.RulesUpdateRequest;
import io.github.xconnector.generated.model.RulesUpdateResponse;
import io.github.xconnector.generated.operations.StreamsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the app's filtered stream: list, add, delete, count. Every call needs an app-only Bearer token. The
 * limits of the spec (the length of a rule, the rules in one request) are checked before sending; rules X itself
 * refuses (a duplicate, a syntax error, over the app's cap) come back as data, in {@code getErrors()} of the answer,
 * with the rules it did create in {@code getData()} and the counts in {@code getMeta().getSummary()}.
 *
 * <pre>{@code
 * RulesUpdateResponse added = x.streams().rules().add(new RuleDraft().value("from:XDevelopers").tag("devs"));
 * added.getErrors();   // null, or one RuleProblem per refused rule: title DuplicateRule, value, id
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class StreamRules {

  private final CallExecutor calls;

  StreamRules(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Walks all rules, a page of X's default size at a time.
   *
   * @return the rules, fetched as they are consumed
   */
  public Paginator<Rule> list() {
    return list(null, null);
  }

  /**
   * Walks the rules with the given ids, or all rules.
   *
   * @param ids the rule ids, or {@code null} or empty for all
   * @param pageSize the most rules per page within the spec's bounds, or {@code null} for X's default
   * @return the rules, fetched as they are consumed
   */
  public Paginator<Rule> list(List<String> ids, Integer pageSize) {
    return calls.pages(StreamsOperations.GET_RULES, CallArguments.create().put("ids", "ids", ids), pageSize, null);
  }

  /**
   * Adds rules.
   *
   * @param rules the rules, each a value in X's rule language and an optional tag
   * @return the rules created, those X refused with the reason for each, and the counts
   */
  public RulesUpdateResponse add(RuleDraft... rules) {
    return add(Arrays.asList(rules), false);
  }

  /**
   * Adds rules, or with {@code dryRun} only checks them: X reports what it would create and refuse, and changes
   * nothing.
   *
   * @param rules the rules
   * @param dryRun whether X only checks the rules
   * @return the rules created (or that would be), those refused with the reason for each, and the counts
   */
  public RulesUpdateResponse add(List<RuleDraft> rules, boolean dryRun) {
    Objects.requireNonNull(rules, "rules");
    return update(new RulesUpdateRequest().add(rules), dryRun, false);
  }

  /**
   * Deletes rules by id.
   *
   * @param ids the ids X gave the rules
   * @param dryRun whether X only reports what it would delete
   * @return the counts of deleted and not deleted rules, and X's reasons for the latter
   */
  public RulesUpdateResponse deleteByIds(List<String> ids, boolean dryRun) {
    Objects.requireNonNull(ids, "ids");
    return update(new RulesUpdateRequest().delete(new RuleDeletion().ids(ids)), dryRun, false);
  }

  /**
   * Deletes rules by their value, the rule text as it was added.
   *
   * @param values the rules' values
   * @param dryRun whether X only reports what it would delete
   * @return the counts of deleted and not deleted rules, and X's reasons for the latter
   */
  public RulesUpdateResponse deleteByValues(List<String> values, boolean dryRun) {
    Objects.requireNonNull(values, "values");
    return update(new RulesUpdateRequest().delete(new RuleDeletion().values(values)), dryRun, false);
  }

  /**
   * Deletes every rule of the app. Deleted rules cannot be brought back.
   *
   * @param dryRun whether X only reports what it would delete
   * @return the counts of deleted rules
   */
  public RulesUpdateResponse deleteAll(boolean dryRun) {
    // X wants delete_all alone: the body names no rule.
    return update(new RulesUpdateRequest(), dryRun, true);
  }

  /**
   * Counts the rules of the app and its project, with the caps on them.
   *
   * @param fields the counts to return; none for X's default
   * @return the counts
   */
  public RuleCountsResponse counts(RuleCountField... fields) {
    return calls.call(StreamsOperations.GET_RULE_COUNTS, CallArguments.create()
        .put("rules_count.fields", "fields", Arrays.asList(fields)));
  }

  private RulesUpdateResponse update(RulesUpdateRequest body, boolean dryRun, boolean deleteAll) {
    return calls.call(StreamsOperations.UPDATE_RULES, CallArguments.create()
        .put("dry_run", "dryRun", dryRun ? Boolean.TRUE : null)
        .put("delete_all", "deleteAll", deleteAll ? Boolean.TRUE : null)
        .body(body));
  }
}
