using System.Collections.Immutable;
using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>The compiled rules of an engine, in firing order (priority, then id), with the producers of each
/// derived fact type. Immutable and shared by all sessions.</summary>
internal sealed class CompiledRuleSet
{
    private readonly Dictionary<RuleDefinition, int> _indexes;

    public CompiledRuleSet(IEnumerable<RuleDefinition> rules, EngineOptions options)
    {
        Options = options;
        Rules = [.. rules.OrderByDescending(r => r.Metadata.Priority).ThenBy(r => r.Metadata.Id, StringComparer.Ordinal)];
        _indexes = Rules.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        ById = Rules.Select((r, i) => (r.Metadata.Id, i)).ToImmutableDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public ImmutableArray<RuleDefinition> Rules { get; }

    public ImmutableDictionary<string, int> ById { get; }

    public EngineOptions Options { get; }

    public int IndexOf(RuleDefinition rule) => _indexes[rule];

    /// <summary>The rules that declare they yield facts assignable to <paramref name="type"/>.</summary>
    public IEnumerable<int> ProducersOf(Type type)
    {
        for (var i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].YieldedTypes.Any(type.IsAssignableFrom))
            {
                yield return i;
            }
        }
    }
}
