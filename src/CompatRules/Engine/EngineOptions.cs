using System.Runtime.CompilerServices;
using NRules;
using NRules.Extensibility;

namespace CompatRules;

/// <summary>Limits that keep one evaluation finite whatever the rules do, and the hooks into each NRules session.</summary>
public sealed record EngineOptions
{
    /// <summary>The default limits, no hooks.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>How many activations NRules may put on the agenda for one rule in one evaluation before the rule ends
    /// in Error and stops firing (a rule that keeps matching the facts it derives). Default 10,000.</summary>
    public int MaxActivationsPerRule { get; init; } = 10_000;

    /// <summary>How many facts one rule may insert (linked by <c>Yield</c> or with <c>ctx.Insert</c>) in one evaluation
    /// before it ends in Error. Default 10,000.</summary>
    public int MaxDerivedFactsPerRule { get; init; } = 10_000;

    /// <summary>Compile the rules' expressions with FastExpressionCompiler (default) instead of the framework's
    /// compiler. Either way NRules does the matching; this changes only how fast the engine is built.</summary>
    public bool UseFastExpressionCompiler { get; init; } = true;

    /// <summary>Interpret the rules' expressions (System.Linq.Expressions' interpreter) instead of compiling them to IL.
    /// Default: only where the runtime cannot compile code (Native AOT, as the compatrules tool is published), which
    /// also builds the engine faster there. Overrides <see cref="UseFastExpressionCompiler"/>; results are the same.</summary>
    public bool InterpretExpressions { get; init; } = !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>Runs on every NRules session the engine creates, before any fact is inserted: attach NRules event
    /// handlers (<c>session.Events</c>) and agenda filters (<c>session.Agenda.AddFilter</c>) here. Runs on the
    /// evaluating thread; it must not keep the session.</summary>
    public Action<ISession>? ConfigureSession { get; init; }

    /// <summary>Resolves the services rules declare with NRules' <c>Dependency()</c>; null when no rule needs one.</summary>
    public IDependencyResolver? DependencyResolver { get; init; }
}
