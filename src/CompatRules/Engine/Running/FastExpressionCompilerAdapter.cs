using System.Linq.Expressions;
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

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate
    {
        var compiled = expression.CompileFast(ifFastFailedReturnNull: true);
        if (compiled is not null)
        {
            return compiled;
        }

        Interlocked.Increment(ref _fallbacks);
        return expression.Compile();
    }
}
