using System.Linq.Expressions;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.Dsl;

/// <summary>
/// CompatRules' patterns over NRules' <see cref="ILeftHandSideExpression"/>: <c>When().Component(...)</c> and
/// <c>When().Keyed(...)</c>. Each is an NRules <c>Match</c> whose first condition is a <see cref="FactMarkers"/> call
/// naming the fact's key, which the outcome layer reads: with no such fact, the rule is NotApplicable (a component)
/// or Unknown naming the key, never NotAffected.
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
}
