using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CompatRules.Dsl;
using CompatRules.Engine.Model;
using CompatRules.Engine.Running;
using CompatRules.Reports;
using NRules;
using RuleDefinitionFactory = NRules.Fluent.RuleDefinitionFactory;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Rule = NRules.Fluent.Dsl.Rule;

namespace CompatRules;

/// <summary>Collects NRules rule classes and options for a <see cref="RuleEngine"/>. Not thread-safe; the engine it builds is.</summary>
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
    /// <exception cref="InvalidOperationException">No built-in rule class is left in the assembly: a trimmed (or Native
    /// AOT) host removed them; it must root the CompatRules assembly (<c>&lt;TrimmerRootAssembly Include="CompatRules" /&gt;</c>).</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The built-in rules are found by scanning this assembly. A trimmed host "
        + "that does not root it has none left, which throws here instead of checking nothing; the compatrules tool roots it (TrimmerRootAssembly).")]
    public CompatEngineBuilder AddBuiltInRules()
    {
        if (AddMatchingRules(typeof(CompatEngine).Assembly, IsBuiltIn) == 0)
        {
            throw new InvalidOperationException("The built-in rules are not in the CompatRules assembly: a trimmed or Native AOT build removed them. "
                + "Root the assembly in the host's project: <TrimmerRootAssembly Include=\"CompatRules\" />.");
        }

        return this;
    }

    /// <summary>Why scanning an assembly for rule classes is not trim-safe (the reason every scanning method carries).</summary>
    internal const string RuleScanRequiresRooting = "Finds rule classes by scanning the assembly's types; a trimmed host must root the assembly.";

    /// <summary>Whether <paramref name="type"/> is in the built-in rules' namespace.</summary>
    internal static bool IsBuiltIn(Type type) => type.Namespace is not null && type.Namespace.StartsWith(BuiltInNamespace, StringComparison.Ordinal);

    /// <summary>Adds every public or internal non-abstract NRules <see cref="Rule"/> class in <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="RuleDefinitionException">A rule class has no parameterless constructor.</exception>
    [RequiresUnreferencedCode(RuleScanRequiresRooting)]
    public CompatEngineBuilder AddRulesFrom(Assembly assembly) => AddRulesFrom(assembly, _ => true);

    /// <summary>Adds the NRules <see cref="Rule"/> classes in <paramref name="assembly"/> that <paramref name="typeFilter"/> accepts.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <param name="typeFilter">Chooses rule classes, such as by namespace.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="RuleDefinitionException">A rule class has no parameterless constructor.</exception>
    [RequiresUnreferencedCode(RuleScanRequiresRooting)]
    public CompatEngineBuilder AddRulesFrom(Assembly assembly, Func<Type, bool> typeFilter)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(typeFilter);
        AddMatchingRules(assembly, typeFilter);
        return this;
    }

    /// <summary>Adds the rule classes of <paramref name="assembly"/> that <paramref name="typeFilter"/> accepts, and
    /// says how many it found (including ones added before).</summary>
    [RequiresUnreferencedCode(RuleScanRequiresRooting)]
    private int AddMatchingRules(Assembly assembly, Func<Type, bool> typeFilter)
    {
        var found = 0;
        foreach (var type in assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters && typeFilter(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            AddRule(type);
            found++;
        }

        return found;
    }

    /// <summary>Adds the NRules rule class <typeparamref name="T"/>: a CompatRules rule, or a plain NRules rule
    /// (its id is its NRules name, its severity Medium).</summary>
    /// <typeparam name="T">The rule class.</typeparam>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder AddRule<T>() where T : Rule, new() => AddRule(new T());

    /// <summary>Adds a rule instance; useful for rules that take constructor arguments.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The constructor is looked up only to tell a rule that can be added "
        + "twice by type from one built with arguments; if trimming removed it, the instance is kept as one built with arguments.")]
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

    /// <summary>Sets the limits and session hooks.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder WithOptions(EngineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Runs <paramref name="configure"/> on every NRules session the engine creates: attach NRules event
    /// handlers and agenda filters (<c>s =&gt; s.Agenda.AddFilter(myFilter)</c>). Several calls all run, in order.</summary>
    /// <param name="configure">The hook.</param>
    /// <returns>This builder.</returns>
    public CompatEngineBuilder ConfigureSession(Action<ISession> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var earlier = _options.ConfigureSession;
        _options = _options with { ConfigureSession = earlier is null ? configure : s => { earlier(s); configure(s); } };
        return this;
    }

    /// <summary>Compiles the rules with NRules into an immutable, thread-safe engine.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="RuleDefinitionException">A rule's metadata or <c>Define()</c> is invalid, NRules cannot
    /// compile it, or two rules share an id.</exception>
    public RuleEngine Build()
    {
        // One thread, in the rules' order: NRules numbers the variables it makes up for patterns ($var1$, ...) in the
        // order definitions are built, so building them in parallel (tried for start-up) made `rules graph` differ
        // from run to run; NativeToolTest caught it.
        var definitionFactory = new RuleDefinitionFactory();
        var chosen = new List<(IRuleDefinition Definition, RuleMetadata Metadata)>();
        var ids = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            var type = rule.GetType();
            IRuleDefinition definition;
            try
            {
                definition = definitionFactory.Create(rule);
            }
            catch (NRules.Fluent.RuleDefinitionException e)
            {
                throw new RuleDefinitionException(type, $"Define() failed: {Innermost(e).Message}", e);
            }

            var metadata = RuleMetadataReader.Read(definition, type);
            if (!metadata.IsDerivation && !_filters.All(f => f(metadata)))
            {
                continue;
            }

            if (!ids.TryAdd(metadata.Id, type))
            {
                throw new RuleDefinitionException(type, $"id '{metadata.Id}' is already used by {ids[metadata.Id].FullName}.");
            }

            chosen.Add((Renamed(definition, metadata.Id), metadata));
        }

        chosen.Sort((a, b) => StringComparer.Ordinal.Compare(a.Metadata.Id, b.Metadata.Id));
        var models = chosen.Select((c, i) => RuleModelReader.Read(i, c.Definition, c.Metadata)).ToImmutableArray();
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        var expressionCompiler = new FastExpressionCompilerAdapter();
        if (_options.InterpretExpressions)
        {
            compiler.ExpressionCompiler = InterpretingExpressionCompiler.Instance;
        }
        else if (_options.UseFastExpressionCompiler)
        {
            compiler.ExpressionCompiler = expressionCompiler;
        }

        ISessionFactory factory;
        try
        {
            factory = compiler.Compile(models.Select(m => m.Definition));
        }
        catch (RuleCompilationException e)
        {
            var type = models.FirstOrDefault(m => m.Definition.Name == e.RuleName)?.Metadata.RuleType ?? typeof(Rule);
            throw new RuleDefinitionException(type, $"NRules cannot compile it: {Innermost(e).Message}", e);
        }

        return new RuleEngine(new CompiledRules(models, factory, _options), expressionCompiler.Fallbacks);
    }

    /// <summary>The definition with the rule id as its NRules name, so NRules' events, agenda and Rete graph name rules by id.</summary>
    private static IRuleDefinition Renamed(IRuleDefinition definition, string id)
        => definition.Name == id
            ? definition
            : Element.RuleDefinition(id, definition.Description, definition.Priority, definition.Repeatability, definition.Tags,
                definition.Properties, definition.DependencyGroup, definition.LeftHandSide, definition.FilterGroup, definition.RightHandSide);

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private CompatEngineBuilder AddRule([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] Type type)
    {
        if (type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is null)
        {
            throw new RuleDefinitionException(type, "a rule class found by scanning needs a parameterless constructor; add it with AddRule(instance) instead.");
        }

        return _ruleTypes.Contains(type) ? this : AddRule((Rule)Activator.CreateInstance(type, nonPublic: true)!);
    }
}
