using System.Collections.Immutable;
using System.Linq.Expressions;
using CompatRules.Dsl;
using CompatRules.Engine.Model;

namespace CompatRules.Engine.Dsl;

/// <summary>Collects a rule's actions as <see cref="IRightHandSideExpression"/> calls arrive.</summary>
internal sealed class RightHandSide(AliasTable aliases) : IRightHandSideExpression
{
    private readonly List<ActionElement> _actions = [];

    public ImmutableArray<ActionElement> Actions => [.. _actions];

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var run = Tiered<Action<IContext, object?[]>>(action);
        _actions.Add(new ActionElement((ctx, tuple) => run.Current(ctx, tuple), null));
        return this;
    }

    public IRightHandSideExpression Yield<T>(Expression<Func<IContext, T>> yield) where T : class
    {
        ArgumentNullException.ThrowIfNull(yield);
        var make = Tiered<Func<IContext, object?[], T>>(yield);
        _actions.Add(new ActionElement((ctx, tuple) => ctx.Insert(make.Current(ctx, tuple)), typeof(T)));
        return this;
    }

    private TieredDelegate<TDelegate> Tiered<TDelegate>(LambdaExpression lambda) where TDelegate : Delegate
    {
        var tuple = Expression.Parameter(typeof(object[]), "tuple");
        var (body, _) = TupleRewriter.Rewrite(lambda.Body, aliases, tuple, null, -1);
        return new TieredDelegate<TDelegate>(Expression.Lambda<TDelegate>(body, lambda.Parameters[0], tuple));
    }
}
