using System.Collections.Immutable;
using CompatRules.Engine.Model;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Engine.Matching;

/// <summary>
/// Turns what happened in a session into each rule's outcome: Error if it failed, Affected if it fired,
/// NotApplicable if its component is absent, Unknown if a fact it needs is missing (naming it, with the
/// collector's reason), and NotAffected only when everything it needs was there.
/// </summary>
internal sealed class OutcomeResolver(CompiledRuleSet rules, Session session)
{
    private readonly Dictionary<int, ImmutableArray<string>> _missing = [];
    private readonly HashSet<int> _resolving = [];
    private readonly Dictionary<object, Evidence> _evidence = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, CollectionStatus?> _statuses = new(StringComparer.Ordinal);
    private const int LinearScanLimit = 8;
    private readonly List<object> _seen = [];
    private readonly HashSet<object> _seenSet = new(ReferenceEqualityComparer.Instance);

    private Evidence EvidenceFor(object fact)
    {
        if (!_evidence.TryGetValue(fact, out var evidence))
        {
            evidence = Evidence.Of(fact);
            _evidence[fact] = evidence;
        }

        return evidence;
    }

    public RuleResult Resolve(int index)
    {
        var rule = rules.Rules[index];
        var state = session.State(index);
        var notes = state.Notes.Count == 0 ? ImmutableArray<string>.Empty : state.Notes.ToImmutableArray();
        if (state.Error is not null)
        {
            return new RuleResult(rule.Metadata, Outcome.Error, [], [], notes, state.Error);
        }

        if (state.Activations.Count > 0)
        {
            return new RuleResult(rule.Metadata, Outcome.Affected, EvidenceOf(rule, state.Activations), [], notes);
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

        // A fact that is present and fails the rule's own test on it settles the outcome whatever the missing facts are.
        return FailedOnPresentFact(rule) is { } settled
            ? new RuleResult(rule.Metadata, Outcome.NotAffected, Consulted(rule), [], [.. notes, settled + "; the missing " + string.Join(", ", missing) + " cannot change that"])
            : new RuleResult(rule.Metadata, Outcome.Unknown, Consulted(rule), missing, notes);
    }

    /// <summary>
    /// Describes a positive pattern whose needed facts are all present while none of them passes the pattern's
    /// single-fact conditions: the rule cannot fire whatever else is missing. Null when there is none.
    /// </summary>
    private string? FailedOnPresentFact(RuleDefinition rule)
    {
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind != PatternKind.Match || pattern.AlphaConditions.IsEmpty || pattern.Requirements.IsEmpty)
            {
                continue;
            }

            var present = pattern.Requirements.Select(r => FirstAnswering(pattern, r)).ToList();
            if (present.Any(f => f is null) || AnyPassesAlpha(rule, pattern))
            {
                continue;
            }

            var facts = string.Join(", ", present.Distinct(ReferenceEqualityComparer.Instance).Select(f => f is Fact fact ? fact.Describe() : f!.ToString()));
            return $"{facts} does not meet the rule's condition on {pattern.Name}";
        }

        return null;
    }

    private bool AnyPassesAlpha(RuleDefinition rule, PatternElement pattern)
    {
        var scratch = new object?[rule.SlotCount];
        foreach (var fact in session.Memory.OfType(pattern.FactType))
        {
            scratch[pattern.Slot] = fact;
            try
            {
                if (pattern.AlphaConditions.All(c => c.Test(scratch)))
                {
                    return true;
                }
            }
            catch (Exception)
            {
                // A condition that throws proves nothing: treat the fact as possibly matching.
                return true;
            }
        }

        return false;
    }

    /// <summary>The facts a rule needed and did not find, following derived facts back to their producers.</summary>
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

        var rule = rules.Rules[index];
        List<string>? missing = null;
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind != PatternKind.Match)
            {
                continue;
            }

            foreach (var requirement in pattern.Requirements)
            {
                if (requirement.Role != RequirementRole.Required || FirstAnswering(pattern, requirement) is not null || KnownAbsent(requirement.Key))
                {
                    continue;
                }

                missing ??= [];
                var derived = false;
                foreach (var producer in rules.ProducersOf(pattern.FactType))
                {
                    // A derived fact is missing for a good reason only if every rule that could derive it had what it needed.
                    derived = true;
                    var error = session.State(producer).Error;
                    missing.AddRange(error is null ? Missing(producer) : [$"{requirement.Key} (derived by {rules.Rules[producer].Metadata.Id}, which failed: {error})"]);
                }

                if (!derived)
                {
                    missing.Add(WithReason(requirement.Key));
                }
            }
        }

        _resolving.Remove(index);
        var result = missing is null ? ImmutableArray<string>.Empty : missing.Distinct(StringComparer.Ordinal).ToImmutableArray();
        _missing[index] = result;
        return result;
    }

    /// <summary>True when a collector vouches that everything under the key was collected, so its absence is a fact.</summary>
    private bool KnownAbsent(string key) => StatusFor(key)?.State is CollectionState.Collected or CollectionState.Absent;

    private string? NotApplicable(RuleDefinition rule, out string? unknown)
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

    private object? FirstAnswering(PatternElement pattern, FactRequirement requirement)
    {
        foreach (var fact in session.Memory.OfType(pattern.FactType))
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

        var found = FindStatus(key);
        _statuses[key] = found;
        return found;
    }

    private CollectionStatus? FindStatus(string key)
    {
        var space = key.IndexOf(' ');
        var bare = space < 0 ? key : key[..space];
        CollectionStatus? best = null;
        foreach (CollectionStatus status in session.Memory.OfType(typeof(CollectionStatus)))
        {
            if (status.Covers(bare) && (best is null || status.Subject.Length > best.Subject.Length))
            {
                best = status;
            }
        }

        return best;
    }

    private string WithReason(string key)
    {
        var status = StatusFor(key);
        return status is null || status.State == CollectionState.Collected
            ? key
            : $"{key} ({status.State}{(status.Reason is null ? string.Empty : ": " + status.Reason)})";
    }

    private ImmutableArray<Evidence> EvidenceOf(RuleDefinition rule, List<object?[]> activations)
    {
        _seen.Clear();
        _seenSet.Clear();
        foreach (var activation in activations)
        {
            foreach (var pattern in rule.Patterns)
            {
                if (pattern.Kind == PatternKind.Match && activation[pattern.Slot] is { } fact)
                {
                    See(fact);
                }
            }
        }

        return SeenEvidence();
    }

    private ImmutableArray<Evidence> Consulted(RuleDefinition rule)
    {
        _seen.Clear();
        _seenSet.Clear();
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
                    See(fact);
                }
            }
        }

        return SeenEvidence();
    }

    /// <summary>Adds a fact to the evidence being gathered, once (by reference): a short scan while a rule cites a
    /// handful of facts, a hash set once a join has matched many.</summary>
    private void See(object fact)
    {
        if (_seen.Count < LinearScanLimit)
        {
            foreach (var seen in _seen)
            {
                if (ReferenceEquals(seen, fact))
                {
                    return;
                }
            }

            _seen.Add(fact);
            return;
        }

        if (_seenSet.Count == 0)
        {
            _seenSet.UnionWith(_seen);
        }

        if (_seenSet.Add(fact))
        {
            _seen.Add(fact);
        }
    }

    private ImmutableArray<Evidence> SeenEvidence()
    {
        if (_seen.Count == 0)
        {
            return ImmutableArray<Evidence>.Empty;
        }

        var evidence = ImmutableArray.CreateBuilder<Evidence>(_seen.Count);
        foreach (var fact in _seen)
        {
            evidence.Add(EvidenceFor(fact));
        }

        return evidence.MoveToImmutable();
    }
}
