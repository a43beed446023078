using System.Collections.Immutable;
using CompatRules.Engine.Model;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Engine.Running;

/// <summary>
/// Turns what NRules did in a session into each rule's outcome: Error if it failed (even if it also fired),
/// Affected if a firing still stands, NotApplicable if its component is absent, Unknown if a fact it needs is
/// missing (naming it, with the collector's reason), and NotAffected only when everything it needs was there or
/// the facts that are there already rule it out.
/// </summary>
internal sealed class OutcomeResolver(CompiledRules rules, EvaluationJournal journal, FactIndex facts)
{
    private readonly Dictionary<int, ImmutableArray<string>> _missing = [];
    private readonly HashSet<int> _resolving = [];
    private readonly Dictionary<object, Evidence> _evidence = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, CollectionStatus?> _statuses = new(StringComparer.Ordinal);
    private readonly EvidenceCollector _seen = new();

    public RuleResult Resolve(int index)
    {
        var rule = rules.Models[index];
        var run = journal.Run(index);
        var notes = Notes(run).AddRange(SettingConflicts.Notes(rule, facts));
        if (run?.Error is { } error)
        {
            return new RuleResult(rule.Metadata, Outcome.Error, [], [], notes, error);
        }

        if (run is { Firings.Count: > 0 })
        {
            return new RuleResult(rule.Metadata, Outcome.Affected, EvidenceOf(run), [], notes);
        }

        var notApplicable = NotApplicable(rule, out var applicabilityUnknown);
        if (applicabilityUnknown is not null)
        {
            return new RuleResult(rule.Metadata, Outcome.Unknown, [], [applicabilityUnknown], notes);
        }

        if (notApplicable is not null)
        {
            return new RuleResult(rule.Metadata, Outcome.NotApplicable, [], [], [.. notes, notApplicable]);
        }

        var missing = Missing(index);
        if (missing.IsEmpty)
        {
            return new RuleResult(rule.Metadata, Outcome.NotAffected, Consulted(rule), [], notes);
        }

        // Facts that are present and fail the rule's own conditions on them settle the outcome whatever the missing facts are.
        return PresentFacts.RuleOut(rule, facts) is { } settled
            ? new RuleResult(rule.Metadata, Outcome.NotAffected, Consulted(rule), [], [.. notes, settled + "; the missing " + string.Join(", ", missing) + " cannot change that"])
            : new RuleResult(rule.Metadata, Outcome.Unknown, Consulted(rule), missing, notes);
    }

    private static ImmutableArray<string> Notes(RuleRun? run)
    {
        if (run is null || run.Firings.Count == 0)
        {
            return [];
        }

        var notes = new List<string>();
        foreach (var firing in run.Firings)
        {
            foreach (var note in firing.Notes)
            {
                if (!notes.Contains(note))
                {
                    notes.Add(note);
                }
            }
        }

        return [.. notes];
    }

    /// <summary>The facts a rule needed and did not find, following derived facts back to the rules that derive them.</summary>
    private ImmutableArray<string> Missing(int index)
    {
        if (_missing.TryGetValue(index, out var known))
        {
            return known;
        }

        if (!_resolving.Add(index))
        {
            return [];
        }

        var rule = rules.Models[index];
        List<string>? missing = null;
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind != PatternKind.Match)
            {
                continue;
            }

            // The requirements refine one another (the fact, then a value of it): the first unanswered one decides.
            var factAbsent = false;
            foreach (var requirement in pattern.Requirements)
            {
                if (FirstAnswering(pattern, requirement) is not null)
                {
                    continue;
                }

                if (requirement.Role == RequirementRole.Applicability)
                {
                    // An absent component is NotApplicable; in a rule that derives a fact it leaves its version to name.
                    factAbsent = true;
                    continue;
                }

                // A fact a collector vouches is absent is a known negative; a value missing from a present fact never is.
                var valueOfPresentFact = requirement.Role == RequirementRole.Known && !factAbsent;
                if (!valueOfPresentFact && KnownAbsent(requirement.Key))
                {
                    break;
                }

                missing ??= [];
                if (valueOfPresentFact)
                {
                    missing.Add(WithReason(requirement.Key));
                    break;
                }

                var derived = false;
                foreach (var producer in rules.ProducersOf(pattern.FactType))
                {
                    // A derived fact is missing for a good reason only if every rule that could derive it had what it needed.
                    derived = true;
                    var error = journal.Run(producer)?.Error;
                    missing.AddRange(error is null ? Missing(producer) : [$"{requirement.Key} (derived by {rules.Models[producer].Metadata.Id}, which failed: {error})"]);
                }

                if (!derived)
                {
                    missing.Add(WithReason(requirement.Key));
                }

                break;
            }
        }

        _resolving.Remove(index);
        var result = missing is null ? ImmutableArray<string>.Empty : missing.Distinct(StringComparer.Ordinal).ToImmutableArray();
        _missing[index] = result;
        return result;
    }

    /// <summary>True when a collector vouches that everything under the key was collected, so its absence is a fact.</summary>
    private bool KnownAbsent(string key) => StatusFor(key)?.State is CollectionState.Collected or CollectionState.Absent;

    private string? NotApplicable(RuleModel rule, out string? unknown)
    {
        unknown = null;
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind != PatternKind.Match)
            {
                continue;
            }

            foreach (var requirement in pattern.Requirements)
            {
                if (requirement.Role != RequirementRole.Applicability || FirstAnswering(pattern, requirement) is not null)
                {
                    continue;
                }

                var status = StatusFor(requirement.Key);
                if (status is not null && status.State is not (CollectionState.Collected or CollectionState.Absent))
                {
                    unknown = WithReason(requirement.Key);
                    return null;
                }

                return $"{requirement.Key} is not present";
            }
        }

        return null;
    }

    private object? FirstAnswering(PatternModel pattern, FactRequirement requirement)
    {
        foreach (var fact in facts.OfType(pattern.FactType))
        {
            if (requirement.Selects(fact))
            {
                return fact;
            }
        }

        return null;
    }

    private CollectionStatus? StatusFor(string key)
    {
        if (_statuses.TryGetValue(key, out var known))
        {
            return known;
        }

        var space = key.IndexOf(' ');
        var bare = space < 0 ? key : key[..space];
        CollectionStatus? best = null;
        foreach (CollectionStatus status in facts.OfType(typeof(CollectionStatus)))
        {
            if (status.Covers(bare) && (best is null || Specificity(status) > Specificity(best)))
            {
                best = status;
            }
        }

        _statuses[key] = best;
        return best;
    }

    /// <summary>How closely a status that covers a key names it: its own subject beats every wildcard, a longer
    /// wildcard prefix a shorter one (<c>sysctl:net.ipv4.ip_forward</c> over <c>sysctl:net.*</c> over <c>sysctl:*</c>).</summary>
    private static int Specificity(CollectionStatus status) => status.Subject.EndsWith('*') ? status.Subject.Length : int.MaxValue;

    private string WithReason(string key)
    {
        var status = StatusFor(key);
        return status is null || status.State == CollectionState.Collected
            ? key
            : $"{key} ({status.State}{(status.Reason is null ? string.Empty : ": " + status.Reason)})";
    }

    private ImmutableArray<Evidence> EvidenceOf(RuleRun run)
    {
        _seen.Clear();
        foreach (var firing in run.Firings)
        {
            foreach (var fact in firing.Facts)
            {
                if (fact is not null)
                {
                    _seen.See(fact);
                }
            }
        }

        return _seen.ToEvidence(EvidenceFor);
    }

    private ImmutableArray<Evidence> Consulted(RuleModel rule)
    {
        _seen.Clear();
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind != PatternKind.Match)
            {
                continue;
            }

            foreach (var requirement in pattern.Requirements)
            {
                if (FirstAnswering(pattern, requirement) is { } fact)
                {
                    _seen.See(fact);
                }
            }
        }

        return _seen.ToEvidence(EvidenceFor);
    }

    private Evidence EvidenceFor(object fact)
    {
        if (!_evidence.TryGetValue(fact, out var evidence))
        {
            evidence = Evidence.Of(fact);
            _evidence[fact] = evidence;
        }

        return evidence;
    }
}
