using System.Collections.Frozen;
using System.Collections.Immutable;
using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>The compiled rules of an engine, in firing order (priority, then id), with the producers of each
/// derived fact type. Immutable and shared by all sessions.</summary>
internal sealed class CompiledRuleSet
{
    private readonly Dictionary<RuleDefinition, int> _indexes;
    private readonly FrozenDictionary<Type, int[]> _producers;

    public CompiledRuleSet(IEnumerable<RuleDefinition> rules, EngineOptions options)
    {
        Options = options;
        Rules = [.. rules.OrderByDescending(r => r.Metadata.Priority).ThenBy(r => r.Metadata.Id, StringComparer.Ordinal)];
        _indexes = Rules.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        ById = Rules.Select((r, i) => (r.Metadata.Id, i)).ToImmutableDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _producers = Rules.SelectMany(r => r.ReadTypes).Distinct().ToFrozenDictionary(t => t, FindProducers);
        PatternOffset = new int[Rules.Length];
        for (var i = 0; i < Rules.Length; i++)
        {
            PatternOffset[i] = PatternCount;
            PatternCount += Rules[i].Patterns.Length;
        }
    }

    /// <summary>The number of every rule's first pattern, when the patterns of all rules are numbered in order.</summary>
    public int[] PatternOffset { get; }

    /// <summary>The number of patterns across all rules.</summary>
    public int PatternCount { get; }

    public ImmutableArray<RuleDefinition> Rules { get; }

    public ImmutableDictionary<string, int> ById { get; }

    public EngineOptions Options { get; }

    public int IndexOf(RuleDefinition rule) => _indexes[rule];

    /// <summary>The rules that declare they yield facts assignable to <paramref name="type"/>.</summary>
    public int[] ProducersOf(Type type) => _producers.TryGetValue(type, out var known) ? known : FindProducers(type);

    private int[] FindProducers(Type type)
    {
        var producers = new List<int>();
        for (var i = 0; i < Rules.Length; i++)
        {
            foreach (var yielded in Rules[i].YieldedTypes)
            {
                if (type.IsAssignableFrom(yielded))
                {
                    producers.Add(i);
                    break;
                }
            }
        }

        return [.. producers];
    }
}
