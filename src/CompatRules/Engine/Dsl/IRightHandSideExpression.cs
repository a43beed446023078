using System.Linq.Expressions;

namespace CompatRules.Dsl;

/// <summary>What a rule does when it fires: each firing is an Affected finding with the matched facts as evidence;
/// actions add notes and insert derived facts.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs <paramref name="action"/> on each firing; it may refer to facts bound in <c>When()</c>.</summary>
    /// <param name="action">The action, such as <c>ctx =&gt; ctx.Note($"kernel {kernel.Release} is below 5.17")</c>.</param>
    /// <returns>This expression, for chaining.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>Inserts the fact <paramref name="yield"/> makes on each firing; rules that match
    /// <typeparamref name="T"/> see it (forward chaining).</summary>
    /// <typeparam name="T">The derived fact type.</typeparam>
    /// <param name="yield">Makes the fact from the bound facts.</param>
    /// <returns>This expression, for chaining.</returns>
    IRightHandSideExpression Yield<T>(Expression<Func<IContext, T>> yield) where T : class;
}
