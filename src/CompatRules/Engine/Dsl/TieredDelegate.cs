using System.Linq.Expressions;

namespace CompatRules.Engine.Dsl;

/// <summary>
/// A rule lambda that starts interpreted and is compiled to IL once it has been called <see cref="CompileAfter"/>
/// times. Compiling every condition and action up front (JIT included) made building the engine cost tens of
/// milliseconds, paid by every short-lived process; this way a tool that evaluates one node never compiles, and a
/// fleet scan compiles its hot lambdas after the first few nodes. Thread-safe: a race only means a lambda is
/// compiled twice, and a caller may run the interpreted form once more.
/// </summary>
/// <typeparam name="TDelegate">The delegate type.</typeparam>
internal sealed class TieredDelegate<TDelegate>(Expression<TDelegate> lambda) where TDelegate : Delegate
{
    /// <summary>How many calls run interpreted before the lambda is compiled.</summary>
    public const int CompileAfter = 32;

    private TDelegate _current = lambda.Compile(preferInterpretation: true);
    private int _calls;

    /// <summary>The delegate to call now.</summary>
    public TDelegate Current
    {
        get
        {
            if (_calls < CompileAfter && Interlocked.Increment(ref _calls) == CompileAfter)
            {
                _current = lambda.Compile(preferInterpretation: false);
            }

            return _current;
        }
    }
}
