using System.Collections.Immutable;
using System.Linq.Expressions;
using NRules.RuleModel;

namespace CompatRules.Engine.Model;

/// <summary>One condition of a pattern, as NRules' rule model holds it: the lambda over the declarations it reads.</summary>
internal sealed class ConditionModel
{
    /// <summary>The engine's compiler, so these delegates compile (and fall back) exactly as NRules' own do.</summary>
    private static readonly Running.FastExpressionCompilerAdapter Compiler = new();

    private readonly Lazy<Func<object?[], bool>> _test;
    private string? _text;

    public ConditionModel(NamedExpressionElement element, ImmutableArray<int> patternsRead)
    {
        Element = element;
        PatternsRead = patternsRead;
        _test = new Lazy<Func<object?[], bool>>(() => CompileOverArguments(element.Expression));
    }

    /// <summary>The element in the rule model (its expression is what NRules evaluates and reports in events).</summary>
    public NamedExpressionElement Element { get; }

    /// <summary>The condition as written, bound facts named by their variables; printed on first use (only explain
    /// needs it, and printing every condition would cost more than compiling the engine).</summary>
    public string Text => _text ??= ConditionPrinter.Print(Element.Expression);

    /// <summary>For each lambda parameter, the index of the pattern whose fact it reads.</summary>
    public ImmutableArray<int> PatternsRead { get; }


    /// <summary>Evaluates the condition over one fact per parameter, in <see cref="PatternsRead"/> order. Compiled on
    /// first use: only the outcome layer's short cuts need it, never the matching.</summary>
    public bool Test(object?[] arguments) => _test.Value(arguments);

    private static Func<object?[], bool> CompileOverArguments(LambdaExpression lambda)
    {
        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var values = lambda.Parameters.Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.Type));
        var body = Expression.Invoke(lambda, values);
        return Compiler.Compile(Expression.Lambda<Func<object?[], bool>>(body, arguments));
    }
}
