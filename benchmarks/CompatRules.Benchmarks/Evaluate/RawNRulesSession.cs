using CompatRules.Engine.Running;
using CompatRules.Facts;
using NRules;
using NRules.Extensibility;

namespace CompatRules.Benchmarks.Evaluate;

/// <summary>
/// The same rules as an engine, in plain NRules: its own session factory compiled from the engine's definitions (the
/// same identity comparer and expression compiler), and per evaluation only CreateSession + InsertAll + Fire. No
/// outcome layer, no events, no agenda filter; <c>ctx.Note</c> finds a journal that records nothing.
/// </summary>
public sealed class RawNRulesSession
{
    private readonly ISessionFactory _factory;
    private readonly IDependencyResolver _resolver;

    /// <summary>Compiles the rules of <paramref name="engine"/> into a plain NRules session factory.</summary>
    /// <param name="engine">The engine whose rules to use.</param>
    public RawNRulesSession(RuleEngine engine)
    {
        var compiler = new RuleCompiler { ExpressionCompiler = new FastExpressionCompilerAdapter() };
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        _factory = compiler.Compile(engine.Definitions);
        _resolver = new NoteSink(new EvaluationJournal(engine.Compiled));
    }

    /// <summary>One evaluation: a session, every fact inserted, every rule fired.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>How many rules fired.</returns>
    public int Fire(FactSet facts)
    {
        var session = _factory.CreateSession();
        session.DependencyResolver = _resolver;
        session.InsertAll(facts);
        return session.Fire();
    }

    /// <summary>Answers <c>ctx.Note</c> with a journal that is never told a rule is firing, so notes go nowhere.</summary>
    private sealed class NoteSink(EvaluationJournal journal) : IDependencyResolver
    {
        public object Resolve(IResolutionContext context, Type serviceType) => journal;
    }
}
