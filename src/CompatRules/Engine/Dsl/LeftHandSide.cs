using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using CompatRules.Dsl;
using CompatRules.Engine.Model;
using CompatRules.Facts;

namespace CompatRules.Engine.Dsl;

/// <summary>Collects a rule's patterns as <see cref="ILeftHandSideExpression"/> calls arrive.</summary>
internal sealed class LeftHandSide(AliasTable aliases) : ILeftHandSideExpression
{
    private readonly List<PatternElement> _patterns = [];

    public ImmutableArray<PatternElement> Patterns => [.. _patterns];

    public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions) where T : class
    {
        ArgumentNullException.ThrowIfNull(alias);
        var slot = _patterns.Count;
        var bound = aliases.Add(alias, typeof(T), slot);
        return Add<T>(PatternKind.Match, bound.Name, [TypeRequirement(typeof(T))], conditions);
    }

    public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions) where T : class
        => Add<T>(PatternKind.Match, typeof(T).Name, [TypeRequirement(typeof(T))], conditions);

    public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions) where T : class
        => Add<T>(PatternKind.Not, "not " + typeof(T).Name, [], conditions);

    public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions) where T : class
        => Add<T>(PatternKind.Exists, "exists " + typeof(T).Name, [], conditions);

    public ILeftHandSideExpression Component(Expression<Func<ComponentVersion>> alias, string component, params Expression<Func<ComponentVersion, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentException.ThrowIfNullOrEmpty(component);
        var key = ComponentVersion.KeyFor(component);
        var slot = _patterns.Count;
        var bound = aliases.Add(alias, typeof(ComponentVersion), slot);
        FactRequirement[] requirements =
        [
            new(key, RequirementRole.Applicability, f => f is ComponentVersion c && c.Component == component),
            new(key + " (version)", RequirementRole.Required, f => f is ComponentVersion c && c.Component == component && c.Version is not null),
        ];
        Expression<Func<ComponentVersion, bool>> selector = c => c.Component == component && c.Version != null;
        return Add(PatternKind.Match, bound.Name, requirements, [selector, .. conditions]);
    }

    public ILeftHandSideExpression Keyed<T>(Expression<Func<T>> alias, string key, params Expression<Func<T, bool>>[] conditions) where T : Fact
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var slot = _patterns.Count;
        var bound = aliases.Add(alias, typeof(T), slot);
        var selects = KeySelector.For(typeof(T), key);
        Expression<Func<T, bool>> shown = f => f.Key == key;
        var selector = new ConditionElement(TupleRewriter.Describe(shown, aliases), tuple => selects(tuple[slot]!), IsAlpha: true, Join: null);
        return Add(PatternKind.Match, bound.Name, [new FactRequirement(key, RequirementRole.Required, selects)], conditions, selector);
    }

    private LeftHandSide Add<T>(PatternKind kind, string name, FactRequirement[] requirements, Expression<Func<T, bool>>[] conditions, ConditionElement? first = null)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var slot = _patterns.Count;
        var compiled = conditions.Select(c => ConditionCompiler.Compile(c ?? throw new ArgumentException("A condition is null."), aliases, slot));
        _patterns.Add(new PatternElement(kind, typeof(T), slot, name, [.. requirements], first is null ? [.. compiled] : [first, .. compiled]));
        return this;
    }

    /// <summary>A pattern over a type needs some fact of that type; the key named is the type's <c>FactKey</c>, or its
    /// <c>KeyPrefix</c> followed by <c>*</c>, or else the type name.</summary>
    private static FactRequirement TypeRequirement(Type type)
    {
        var key = type.GetField("FactKey", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                  ?? (type.GetField("KeyPrefix", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string prefix ? prefix + "*" : type.Name);
        return new FactRequirement(key, RequirementRole.Required, type.IsInstanceOfType);
    }
}
