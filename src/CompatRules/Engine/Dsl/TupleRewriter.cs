using System.Linq.Expressions;

namespace CompatRules.Engine.Dsl;

/// <summary>
/// Rewrites a rule lambda so that bound variables and the pattern's own parameter read from the tuple of matched
/// facts (<c>(KernelInfo)tuple[2]</c>), and records which slots it reads.
/// </summary>
internal sealed class TupleRewriter : ExpressionVisitor
{
    private readonly AliasTable _aliases;
    private readonly ParameterExpression _tuple;
    private readonly ParameterExpression? _own;
    private readonly int _ownSlot;
    private readonly bool _forText;

    private TupleRewriter(AliasTable aliases, ParameterExpression tuple, ParameterExpression? own, int ownSlot, bool forText)
    {
        _aliases = aliases;
        _tuple = tuple;
        _own = own;
        _ownSlot = ownSlot;
        _forText = forText;
    }

    public HashSet<int> SlotsRead { get; } = [];

    /// <summary>Rewrites <paramref name="body"/> over the tuple; <paramref name="own"/> is the pattern's parameter.</summary>
    public static (Expression Body, HashSet<int> Slots) Rewrite(Expression body, AliasTable aliases, ParameterExpression tuple, ParameterExpression? own, int ownSlot)
    {
        var rewriter = new TupleRewriter(aliases, tuple, own, ownSlot, forText: false);
        return (rewriter.Visit(body), rewriter.SlotsRead);
    }

    /// <summary>The body as readable text, with bound variables shown by name.</summary>
    public static string Describe(Expression body, AliasTable aliases)
    {
        var rewriter = new TupleRewriter(aliases, Expression.Parameter(typeof(object[]), "tuple"), null, -1, forText: true);
        return rewriter.Visit(body).ToString();
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is ConstantExpression { Value: { } closure } && _aliases.TryGet(closure, node.Member, out var alias))
        {
            SlotsRead.Add(alias.Slot);
            return _forText ? Expression.Parameter(alias.Type, alias.Name) : Slot(alias.Slot, alias.Type);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_forText && node == _own)
        {
            SlotsRead.Add(_ownSlot);
            return Slot(_ownSlot, node.Type);
        }

        return base.VisitParameter(node);
    }

    private UnaryExpression Slot(int slot, Type type)
        => Expression.Convert(Expression.ArrayIndex(_tuple, Expression.Constant(slot)), type);
}
