using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CompatRules.Engine.Dsl;
using CompatRules.Facts;

namespace CompatRules.Dsl;

/// <summary>
/// The conditions the DSL helpers (<see cref="LeftHandSideExtensions.Component"/>, <see cref="LeftHandSideExtensions.Keyed{T}"/>,
/// <see cref="LeftHandSideExtensions.Known{T}"/>) put into a rule's NRules model. Each is a call with its key as a constant, so the outcome layer can read from the
/// model which fact a pattern needs, and NRules shares one alpha node per key between rules.
/// </summary>
/// <remarks>Called by NRules while matching; call them yourself only in plain NRules conditions.</remarks>
public static class FactMarkers
{
    private static readonly ConcurrentDictionary<(Type Type, string Key), LambdaExpression> KeyedConditions = new();
    private static readonly ConcurrentDictionary<string, Expression<Func<ComponentVersion, bool>>> ComponentConditions = new(StringComparer.Ordinal);

    /// <summary>The method behind <see cref="Component"/>.</summary>
    internal static MethodInfo ComponentMethod { get; } = typeof(FactMarkers).GetMethod(nameof(Component))!;

    /// <summary>The method behind <see cref="Keyed"/>.</summary>
    internal static MethodInfo KeyedMethod { get; } = typeof(FactMarkers).GetMethod(nameof(Keyed))!;

    /// <summary>The method behind <see cref="Known"/>.</summary>
    internal static MethodInfo KnownMethod { get; } = typeof(FactMarkers).GetMethod(nameof(Known))!;

    /// <summary>True for a version fact of <paramref name="component"/> that has a readable version.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="component">The normalised component name.</param>
    /// <returns>Whether the fact is the component's version.</returns>
    public static bool Component(ComponentVersion fact, string component)
        => fact is not null && string.Equals(fact.Component, component, StringComparison.Ordinal) && fact.Version is not null;

    /// <summary>True for a fact whose <see cref="Fact.Key"/> is <paramref name="key"/>.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="key">The key, such as <c>sysctl:net.ipv4.ip_forward</c>.</param>
    /// <param name="selects">The comparison for this key and fact type, made once per key (it compares the key's parts
    /// without building the fact's key string).</param>
    /// <returns>Whether the fact has the key.</returns>
    public static bool Keyed(Fact fact, string key, Func<object, bool> selects)
        => fact is not null && (selects ?? throw new ArgumentNullException(nameof(selects)))(fact);

    /// <summary>True for a fact whose <see cref="Fact.Key"/> is <paramref name="key"/> and that knows the value
    /// <paramref name="field"/> names.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="key">The key, such as <c>cluster</c>.</param>
    /// <param name="selects">The comparison for this key and fact type (as for <see cref="Keyed"/>).</param>
    /// <param name="field">The property the rule needs, such as <c>KubernetesVersion</c> (shown in reports and explain).</param>
    /// <param name="known">True when the fact knows that value (or does not need it, outside the rule's scope).</param>
    /// <returns>Whether the fact has the key and knows the value.</returns>
    public static bool Known(Fact fact, string key, Func<object, bool> selects, string field, Func<object, bool> known)
        => Keyed(fact, key, selects) && (known ?? throw new ArgumentNullException(nameof(known)))(fact);

    /// <summary>The condition <c>c =&gt; FactMarkers.Component(c, "<paramref name="component"/>")</c>, one instance per component.</summary>
    internal static Expression<Func<ComponentVersion, bool>> ComponentCondition(string component)
        => ComponentConditions.GetOrAdd(component, name =>
        {
            var fact = Expression.Parameter(typeof(ComponentVersion), "c");
            return Expression.Lambda<Func<ComponentVersion, bool>>(Expression.Call(ComponentMethod, fact, Expression.Constant(name)), fact);
        });

    /// <summary>The condition <c>f =&gt; FactMarkers.Keyed(f, "<paramref name="key"/>", selects)</c>, one instance per type and key.</summary>
    internal static Expression<Func<T, bool>> KeyedCondition<T>(string key) where T : Fact
        => (Expression<Func<T, bool>>)KeyedConditions.GetOrAdd((typeof(T), key), k =>
        {
            var fact = Expression.Parameter(k.Type, "f");
            var call = Expression.Call(KeyedMethod, fact, Expression.Constant(k.Key), Expression.Constant(KeySelector.For(k.Type, k.Key)));
            return Expression.Lambda<Func<T, bool>>(call, fact);
        });

    /// <summary>The condition <c>f =&gt; FactMarkers.Known(f, "<paramref name="key"/>", selects, field, known)</c>: the
    /// fact has the key and the property <paramref name="field"/> reads is not null, or <paramref name="scope"/> (when
    /// given) does not hold for the fact.</summary>
    internal static Expression<Func<T, bool>> KnownCondition<T>(string key, Expression<Func<T, object?>> field, Expression<Func<T, bool>>? scope)
        where T : Fact
    {
        var name = FieldName(field);
        var read = field.Compile();
        var inScope = scope?.Compile();
        Func<object, bool> known = f => f is T t && (read(t) is not null || (inScope is not null && !inScope(t)));
        var fact = Expression.Parameter(typeof(T), "f");
        var call = Expression.Call(KnownMethod, fact, Expression.Constant(key), Expression.Constant(KeySelector.For(typeof(T), key)),
            Expression.Constant(name), Expression.Constant(known));
        return Expression.Lambda<Func<T, bool>>(call, fact);
    }

    /// <summary>The property a field selector such as <c>c =&gt; c.KubernetesVersion</c> reads.</summary>
    private static string FieldName(LambdaExpression field)
    {
        var body = field.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : field.Body;
        return body is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new ArgumentException($"A known field must be one property of the fact, such as c => c.Version, not '{field}'.", nameof(field));
    }
}
