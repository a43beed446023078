using System.Linq.Expressions;
using CompatRules.Facts;

namespace CompatRules.Dsl;

/// <summary>
/// The conditions of a rule, as patterns over facts: <c>When().Match(() =&gt; kernel, k =&gt; ...)</c>. A later
/// pattern's conditions may refer to facts bound by earlier patterns (a join).
/// </summary>
/// <remarks>
/// A positive pattern also says what the rule needs: when no fact of its type (or, for the keyed helpers, with its
/// key) exists, the rule's outcome is Unknown and names that fact, never NotAffected. A <see cref="Component"/>
/// pattern with no such component makes the outcome NotApplicable.
/// </remarks>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact of type <typeparamref name="T"/> and binds it to the variable named by <paramref name="alias"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable to bind, as <c>() =&gt; kernel</c>.</param>
    /// <param name="conditions">Conditions on the fact, all of which must hold.</param>
    /// <returns>This expression, for chaining.</returns>
    ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Matches a fact of type <typeparamref name="T"/> without binding it.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact, all of which must hold.</param>
    /// <returns>This expression, for chaining.</returns>
    ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Requires that no fact of type <typeparamref name="T"/> meets all <paramref name="conditions"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This expression, for chaining.</returns>
    ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Requires that at least one fact of type <typeparamref name="T"/> meets all <paramref name="conditions"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This expression, for chaining.</returns>
    ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>
    /// Matches the component <paramref name="component"/>: absent, the rule is NotApplicable; present with no
    /// readable version, Unknown.
    /// </summary>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="component">The normalised component name.</param>
    /// <param name="conditions">Conditions on the component, such as its version range.</param>
    /// <returns>This expression, for chaining.</returns>
    ILeftHandSideExpression Component(Expression<Func<ComponentVersion>> alias, string component, params Expression<Func<ComponentVersion, bool>>[] conditions);

    /// <summary>Matches a fact with key <paramref name="key"/>; with no such fact the rule is Unknown and names the key.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="key">The fact key, such as <c>Sysctl.KeyFor("net.ipv4.ip_forward")</c>.</param>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This expression, for chaining.</returns>
    ILeftHandSideExpression Keyed<T>(Expression<Func<T>> alias, string key, params Expression<Func<T, bool>>[] conditions) where T : Fact;
}
