using System.Collections.Frozen;
using System.Collections.Immutable;
using CompatRules.Engine.Model;
using NRules;
using NRules.RuleModel;

namespace CompatRules.Engine.Running;

/// <summary>An engine's rules: NRules' session factory, compiled once, and the outcome layer's model of each rule,
/// with the producers of each derived fact type. Immutable and shared by all evaluations.</summary>
internal sealed class CompiledRules
{
    private readonly FrozenDictionary<string, int> _byName;
    private readonly Dictionary<IRuleDefinition, int> _byDefinition;
    private readonly FrozenDictionary<Type, int[]> _producers;

    public CompiledRules(ImmutableArray<RuleModel> models, ISessionFactory factory, EngineOptions options)
    {
        Models = models;
        Factory = factory;
        Options = options;
        _byName = models.ToFrozenDictionary(m => m.Definition.Name, m => m.Index, StringComparer.Ordinal);
        _byDefinition = new Dictionary<IRuleDefinition, int>(ReferenceEqualityComparer.Instance);
        foreach (var model in models)
        {
            _byDefinition[model.Definition] = model.Index;
        }
        _producers = models.SelectMany(m => m.Patterns).Select(p => p.FactType).Distinct().ToFrozenDictionary(t => t, FindProducers);
        SessionEvents.Attach(factory);
    }

    public ImmutableArray<RuleModel> Models { get; }

    public ISessionFactory Factory { get; }

    public EngineOptions Options { get; }

    /// <summary>The rule's index: by reference for the definition the engine compiled (what activations and actions
    /// carry), else by NRules name, the rule id (NRules' network nodes report a normalised copy of the definition);
    /// -1 for a rule of no engine.</summary>
    public int IndexOf(IRuleDefinition rule)
        => _byDefinition.TryGetValue(rule, out var index) || _byName.TryGetValue(rule.Name, out index) ? index : -1;

    /// <summary>The index of the rule with id <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _byName.TryGetValue(id, out var index) ? index : -1;

    /// <summary>The rules whose actions insert facts assignable to <paramref name="type"/>.</summary>
    public int[] ProducersOf(Type type) => _producers.TryGetValue(type, out var known) ? known : FindProducers(type);

    private int[] FindProducers(Type type)
        => [.. Models.Where(m => m.YieldedTypes.Any(type.IsAssignableFrom)).Select(m => m.Index)];
}
