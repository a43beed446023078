using System.Linq.Expressions;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.Dsl;

/// <summary>
/// CompatRules' patterns over NRules' <see cref="ILeftHandSideExpression"/>: <c>When().Component(...)</c> and
/// <c>When().Keyed(...)</c>, <c>When().Known(...)</c>. Each is an NRules <c>Match</c> whose first condition is a <see cref="FactMarkers"/> call
/// naming the fact's key, which the outcome layer reads: with no such fact, the rule is NotApplicable (a component)
/// or Unknown naming the key, never NotAffected; with the fact but without a value the rule needs (a component's
/// version, a <c>Known</c> field), Unknown naming the value.
/// </summary>
public static class LeftHandSideExtensions
{
    /// <summary>
    /// Matches the component <paramref name="component"/>: absent, the rule is NotApplicable; present with no
    /// readable version, Unknown naming <c>component:NAME (version)</c>.
    /// </summary>
    /// <param name="lhs">The left-hand side.</param>
    /// <param name="alias">The variable to bind, as <c>() =&gt; calico</c>.</param>
    /// <param name="component">The normalised component name (<see cref="ComponentNames"/>).</param>
    /// <param name="conditions">Conditions on the component, such as its version range.</param>
    /// <returns>The left-hand side, for chaining.</returns>
    public static ILeftHandSideExpression Component(this ILeftHandSideExpression lhs, Expression<Func<ComponentVersion>> alias, string component,
        params Expression<Func<ComponentVersion, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(lhs);
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentException.ThrowIfNullOrEmpty(component);
        ArgumentNullException.ThrowIfNull(conditions);
        return lhs.Match(alias, [FactMarkers.ComponentCondition(component), .. conditions]);
    }

    /// <summary>Matches a fact whose key is <paramref name="key"/>; with no such fact the rule is Unknown and names the key.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="lhs">The left-hand side.</param>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="key">The fact key, such as <c>Sysctl.KeyFor("net.ipv4.ip_forward")</c>.</param>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>The left-hand side, for chaining.</returns>
    public static ILeftHandSideExpression Keyed<T>(this ILeftHandSideExpression lhs, Expression<Func<T>> alias, string key,
        params Expression<Func<T, bool>>[] conditions) where T : Fact
    {
        ArgumentNullException.ThrowIfNull(lhs);
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(conditions);
        return lhs.Match(alias, [FactMarkers.KeyedCondition<T>(key), .. conditions]);
    }

    /// <summary>
    /// Matches a fact whose key is <paramref name="key"/> and whose property <paramref name="field"/> is known (not
    /// null): with no such fact the rule is Unknown naming the key; with the fact but the value null, Unknown naming
    /// <c>KEY (FIELD)</c> (<c>cluster (kubernetes version)</c>), whatever a collector's status says, never NotAffected.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="lhs">The left-hand side.</param>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="key">The fact key, such as <c>ClusterInfo.FactKey</c>.</param>
    /// <param name="field">The property the conditions need, as <c>c =&gt; c.KubernetesVersion</c>.</param>
    /// <param name="conditions">Conditions on the fact; they run only on facts that know the value.</param>
    /// <returns>The left-hand side, for chaining.</returns>
    public static ILeftHandSideExpression Known<T>(this ILeftHandSideExpression lhs, Expression<Func<T>> alias, string key,
        Expression<Func<T, object?>> field, params Expression<Func<T, bool>>[] conditions) where T : Fact
        => KnownIn(lhs, alias, key, null, field, conditions);

    /// <summary>
    /// As <see cref="Known{T}"/>, for a value the rule needs only on facts in <paramref name="scope"/> (an OpenShift
    /// version only on an OpenShift cluster): the fact must be in scope, and in scope its <paramref name="field"/> must
    /// be known, else the rule is Unknown naming <c>KEY (FIELD)</c>. A fact out of scope makes the rule NotAffected.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="lhs">The left-hand side.</param>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="key">The fact key.</param>
    /// <param name="scope">The facts the rule is about, as <c>c =&gt; c.Is(ClusterDistributions.OpenShift)</c>.</param>
    /// <param name="field">The property the conditions need in scope.</param>
    /// <param name="conditions">Conditions on the fact; they run only on facts in scope that know the value.</param>
    /// <returns>The left-hand side, for chaining.</returns>
    public static ILeftHandSideExpression KnownWhen<T>(this ILeftHandSideExpression lhs, Expression<Func<T>> alias, string key,
        Expression<Func<T, bool>> scope, Expression<Func<T, object?>> field, params Expression<Func<T, bool>>[] conditions) where T : Fact
    {
        ArgumentNullException.ThrowIfNull(scope);
        return KnownIn(lhs, alias, key, scope, field, conditions);
    }

    private static ILeftHandSideExpression KnownIn<T>(ILeftHandSideExpression lhs, Expression<Func<T>> alias, string key,
        Expression<Func<T, bool>>? scope, Expression<Func<T, object?>> field, Expression<Func<T, bool>>[] conditions) where T : Fact
    {
        ArgumentNullException.ThrowIfNull(lhs);
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(conditions);
        Expression<Func<T, bool>>[] scoped = scope is null ? [] : [scope];
        return lhs.Match(alias, [FactMarkers.KnownCondition(key, field, scope), .. scoped, .. conditions]);
    }
}
