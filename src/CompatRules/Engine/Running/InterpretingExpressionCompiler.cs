using System.Linq.Expressions;
using NRules.Extensibility;

namespace CompatRules.Engine.Running;

/// <summary>NRules' expression compiler that interprets the trees instead of emitting IL: the only way where the runtime
/// cannot compile code (Native AOT), and there the faster way to build an engine that evaluates a node once.</summary>
internal sealed class InterpretingExpressionCompiler : IExpressionCompiler
{
    /// <summary>The one instance (it holds no state).</summary>
    public static InterpretingExpressionCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate
        => expression.Compile(preferInterpretation: true);
}
