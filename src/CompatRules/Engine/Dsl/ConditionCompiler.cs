using System.Linq.Expressions;
using CompatRules.Engine.Model;

namespace CompatRules.Engine.Dsl;

/// <summary>Compiles a pattern condition into a delegate over the tuple, and spots equality joins.</summary>
internal static class ConditionCompiler
{
    public static ConditionElement Compile(LambdaExpression condition, AliasTable aliases, int ownSlot)
    {
        var tuple = Expression.Parameter(typeof(object[]), "tuple");
        var own = condition.Parameters[0];
        var (body, slots) = TupleRewriter.Rewrite(condition.Body, aliases, tuple, own, ownSlot);
        var tiered = new TieredDelegate<Func<object?[], bool>>(Expression.Lambda<Func<object?[], bool>>(body, tuple));
        Func<object?[], bool> test = t => tiered.Current(t);
        var text = TupleRewriter.Describe(condition, aliases);
        var isAlpha = slots.All(s => s == ownSlot);
        return new ConditionElement(text, test, isAlpha, isAlpha ? null : TryJoin(condition, aliases, ownSlot));
    }

    private static EqualityJoin? TryJoin(LambdaExpression condition, AliasTable aliases, int ownSlot)
    {
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal)
        {
            return null;
        }

        var tuple = Expression.Parameter(typeof(object[]), "tuple");
        var own = condition.Parameters[0];
        var (left, leftSlots) = TupleRewriter.Rewrite(equal.Left, aliases, tuple, own, ownSlot);
        var (right, rightSlots) = TupleRewriter.Rewrite(equal.Right, aliases, tuple, own, ownSlot);
        bool OnlyOwn(HashSet<int> s) => s.Count > 0 && s.All(x => x == ownSlot);
        bool OnlyBound(HashSet<int> s) => s.Count > 0 && !s.Contains(ownSlot);
        if (equal.Method is not null && equal.Method.DeclaringType != typeof(string))
        {
            // A user-defined == may not agree with Equals/GetHashCode; leave it to the plain test.
            return null;
        }

        if (OnlyOwn(leftSlots) && OnlyBound(rightSlots))
        {
            return new EqualityJoin(Box(left, tuple), Box(right, tuple));
        }

        if (OnlyOwn(rightSlots) && OnlyBound(leftSlots))
        {
            return new EqualityJoin(Box(right, tuple), Box(left, tuple));
        }

        return null;
    }

    private static Func<object?[], object?> Box(Expression side, ParameterExpression tuple)
    {
        var tiered = new TieredDelegate<Func<object?[], object?>>(Expression.Lambda<Func<object?[], object?>>(Expression.Convert(side, typeof(object)), tuple));
        return t => tiered.Current(t);
    }
}
