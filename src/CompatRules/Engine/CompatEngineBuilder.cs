using System.Reflection;
using CompatRules.Dsl;
using CompatRules.Engine.Model;
using CompatRules.Reports;

namespace CompatRules;

/// <summary>Collects rules and options for a <see cref="RuleEngine"/>. Not thread-safe; the engine it builds is.</summary>
public sealed class CompatEngineBuilder
{
    /// <summary>The namespace of the built-in rules.</summary>
    public const string BuiltInNamespace = "CompatRules.BuiltIn";

    private readonly List<Rule> _rules = [];
    private readonly HashSet<Type> _ruleTypes = [];
    private readonly List<Func<RuleMetadata, bool>> _filters = [];
    private EngineOptions _options = EngineOptions.Default;

    /// <summary>Adds the built-in knowledge base (every rule under <c>CompatRules.BuiltIn</c>).</summary>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder AddBuiltInRules()
        => AddRulesFrom(typeof(CompatEngine).Assembly, t => t.Namespace is not null && t.Namespace.StartsWith(BuiltInNamespace, StringComparison.Ordinal));

    /// <summary>Adds every public or internal non-abstract <see cref="Rule"/> class in <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="RuleDefinitionException">A rule class has no parameterless constructor.</exception>
    public CompatEngineBuilder AddRulesFrom(Assembly assembly) => AddRulesFrom(assembly, _ => true);

    /// <summary>Adds the <see cref="Rule"/> classes in <paramref name="assembly"/> that <paramref name="typeFilter"/> accepts.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <param name="typeFilter">Chooses rule classes, such as by namespace.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="RuleDefinitionException">A rule class has no parameterless constructor.</exception>
    public CompatEngineBuilder AddRulesFrom(Assembly assembly, Func<Type, bool> typeFilter)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(typeFilter);
        foreach (var type in assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters && typeFilter(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            AddRule(type);
        }

        return this;
    }

    /// <summary>Adds the rule class <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The rule class.</typeparam>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder AddRule<T>() where T : Rule, new() => AddRule(new T());

    /// <summary>Adds a rule instance; useful for rules that take constructor arguments.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder AddRule(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (_ruleTypes.Add(rule.GetType()) || rule.GetType().GetConstructor(Type.EmptyTypes) is null)
        {
            _rules.Add(rule);
        }

        return this;
    }

    /// <summary>Keeps only rules whose metadata <paramref name="filter"/> accepts (derivation rules are always kept);
    /// several filters must all accept.</summary>
    /// <param name="filter">Chooses rules, such as <c>m =&gt; m.Component == "calico"</c>.</param>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder Where(Func<RuleMetadata, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
        return this;
    }

    /// <summary>Sets the limits on chaining.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder WithOptions(EngineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Compiles the rules into an immutable, thread-safe engine.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="RuleDefinitionException">A rule's metadata or <c>Define()</c> is invalid, or two rules share an id.</exception>
    public RuleEngine Build()
    {
        var definitions = new List<RuleDefinition>();
        var ids = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            var definition = rule.Build();
            if (!definition.Metadata.IsDerivation && !_filters.All(f => f(definition.Metadata)))
            {
                continue;
            }

            if (!ids.TryAdd(definition.Metadata.Id, rule.GetType()))
            {
                throw new RuleDefinitionException(rule.GetType(), $"id '{definition.Metadata.Id}' is already used by {ids[definition.Metadata.Id].FullName}.");
            }

            definitions.Add(definition);
        }

        return new RuleEngine(definitions, _options);
    }

    private CompatEngineBuilder AddRule(Type type)
    {
        if (type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is null)
        {
            throw new RuleDefinitionException(type, "a rule class found by scanning needs a parameterless constructor; add it with AddRule(instance) instead.");
        }

        return _ruleTypes.Contains(type) ? this : AddRule((Rule)Activator.CreateInstance(type, nonPublic: true)!);
    }
}
