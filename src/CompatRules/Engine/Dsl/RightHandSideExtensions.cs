using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace CompatRules.Dsl;

/// <summary>CompatRules' actions over NRules' <see cref="IRightHandSideExpression"/>.</summary>
public static class RightHandSideExtensions
{
    /// <summary>An action for a rule whose firing is the whole finding: it reports Affected with the matched facts as
    /// evidence and adds no note. NRules needs every rule to have an action; this is the one to use when there is
    /// nothing else to say.</summary>
    /// <param name="rhs">The right-hand side.</param>
    /// <returns>The right-hand side, for chaining.</returns>
    public static IRightHandSideExpression Report(this IRightHandSideExpression rhs)
    {
        ArgumentNullException.ThrowIfNull(rhs);
        return rhs.Do(ctx => Fired(ctx));
    }

    private static void Fired(IContext context) => ArgumentNullException.ThrowIfNull(context);
}
