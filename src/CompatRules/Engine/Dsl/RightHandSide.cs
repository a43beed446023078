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
        _actions.Add(new ActionElement(Compile<Action<IContext, object?[]>>(action), null));
        return this;
    }

    public IRightHandSideExpression Yield<T>(Expression<Func<IContext, T>> yield) where T : class
    {
        ArgumentNullException.ThrowIfNull(yield);
        var make = Compile<Func<IContext, object?[], T>>(yield);
        _actions.Add(new ActionElement((ctx, tuple) => ctx.Insert(make(ctx, tuple)), typeof(T)));
        return this;
    }

    private TDelegate Compile<TDelegate>(LambdaExpression lambda) where TDelegate : Delegate
    {
        var tuple = Expression.Parameter(typeof(object[]), "tuple");
        var (body, _) = TupleRewriter.Rewrite(lambda.Body, aliases, tuple, null, -1);
        return Expression.Lambda<TDelegate>(body, lambda.Parameters[0], tuple).Compile();
    }
}
