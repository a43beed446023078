using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace CompatRules.Engine.Running;

/// <summary>NRules' expression compiler backed by FastExpressionCompiler; a tree it cannot compile falls back to
/// the framework's compiler and is counted, so a test can prove the built-in set never falls back.</summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    private int _fallbacks;

    /// <summary>How many trees this compiler handed to the framework's compiler.</summary>
    public int Fallbacks => Volatile.Read(ref _fallbacks);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Where code cannot be emitted (Native AOT) the tree is interpreted and "
        + "FastExpressionCompiler never runs; the members a rule's tree names are referenced by the rule's own code, so trimming keeps them.")]
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            return InterpretingExpressionCompiler.Instance.Compile(expression);
        }

        var compiled = expression.CompileFast(ifFastFailedReturnNull: true);
        if (compiled is not null)
        {
            return compiled;
        }

        Interlocked.Increment(ref _fallbacks);
        return expression.Compile();
    }
}
