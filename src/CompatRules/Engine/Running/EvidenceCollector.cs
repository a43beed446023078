using System.Collections.Immutable;
using CompatRules.Reports;

namespace CompatRules.Engine.Running;

/// <summary>Gathers the facts a result cites, once each by reference and in the order first seen: a short scan while
/// there are a handful, a hash set once a join has matched many.</summary>
internal sealed class EvidenceCollector
{
    private const int LinearScanLimit = 8;
    private readonly List<object> _seen = [];
    private readonly HashSet<object> _seenSet = new(ReferenceEqualityComparer.Instance);

    public void Clear()
    {
        _seen.Clear();
        _seenSet.Clear();
    }

    public void See(object fact)
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

    public ImmutableArray<Evidence> ToEvidence(Func<object, Evidence> describe)
    {
        if (_seen.Count == 0)
        {
            return ImmutableArray<Evidence>.Empty;
        }

        var evidence = ImmutableArray.CreateBuilder<Evidence>(_seen.Count);
        foreach (var fact in _seen)
        {
            evidence.Add(describe(fact));
        }

        return evidence.MoveToImmutable();
    }
}
