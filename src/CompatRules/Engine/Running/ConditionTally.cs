using System.Linq.Expressions;
using CompatRules.Engine.Model;
using NRules;
using NRules.Diagnostics;

namespace CompatRules.Engine.Running;

/// <summary>
/// Counts, from NRules' <c>LhsExpressionEvaluatedEvent</c> in one session, how often each condition of one rule was
/// evaluated and how often it held. NRules shares a node between rules with the same condition, so an event's
/// expression may be another rule's copy: it is matched by reference first, then by its printed form.
/// </summary>
internal sealed class ConditionTally
{
    private readonly RuleModel _rule;
    private readonly Dictionary<LambdaExpression, ConditionModel> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<ConditionModel>> _byShape = new(StringComparer.Ordinal);
    private readonly Dictionary<ConditionModel, (int Tested, int Passed)> _counts = new(ReferenceEqualityComparer.Instance);

    private ConditionTally(RuleModel rule)
    {
        _rule = rule;
        foreach (var condition in rule.Patterns.SelectMany(p => p.Conditions))
        {
            _byReference[condition.Element.Expression] = condition;
            var shape = Shape(condition.Element.Expression);
            if (!_byShape.TryGetValue(shape, out var list))
            {
                _byShape[shape] = list = [];
            }

            list.Add(condition);
        }
    }

    public static ConditionTally Attach(ISession session, RuleModel rule)
    {
        var tally = new ConditionTally(rule);
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => tally.Count(e);
        return tally;
    }

    public (int Tested, int Passed) Of(ConditionModel condition) => _counts.TryGetValue(condition, out var counts) ? counts : (0, 0);

    private void Count(LhsExpressionEventArgs e)
    {
        if (e.Expression is not LambdaExpression lambda || !e.Rules.Any(r => r.Name == _rule.Definition.Name))
        {
            return;
        }

        if (!_byReference.TryGetValue(lambda, out var condition))
        {
            if (!_byShape.TryGetValue(Shape(lambda), out var candidates))
            {
                return;
            }

            // Every condition of this rule with the same shape gets the count: each is evaluated on the same facts.
            foreach (var candidate in candidates)
            {
                Add(candidate, e);
            }

            return;
        }

        Add(condition, e);
    }

    private void Add(ConditionModel condition, LhsExpressionEventArgs e)
    {
        var (tested, passed) = Of(condition);
        _counts[condition] = (tested + 1, passed + (e.Exception is null && e.Result is true ? 1 : 0));
    }

    /// <summary>The condition with its parameters numbered instead of named, and its types, so copies compare equal.</summary>
    private static string Shape(LambdaExpression lambda)
    {
        var renamed = lambda.Parameters.Select((p, i) => Expression.Parameter(p.Type, "$" + i)).ToArray();
        var body = new ParameterRenamer(lambda.Parameters, renamed).Visit(lambda.Body);
        return string.Join(",", renamed.Select(p => p.Type.FullName)) + "=>" + ConditionPrinter.Print(Expression.Lambda(lambda.Type, body, renamed));
    }

    private sealed class ParameterRenamer(IReadOnlyList<ParameterExpression> from, ParameterExpression[] to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < from.Count; i++)
            {
                if (from[i] == node)
                {
                    return to[i];
                }
            }

            return node;
        }
    }
}
