using CompatRules.Facts;
using NRules;

namespace CompatRules.Engine.Running;

/// <summary>
/// Runs one evaluation as an NRules session: InsertAll, then Fire. If a rule failed after it had inserted facts,
/// those facts may have reached other rules: the session is run again with every failed rule kept out from the start
/// (keeping its error), until no failed rule inserted anything, so the other rules see exactly what they would
/// without the failed ones.
/// </summary>
internal static class SessionRunner
{
    public static (EvaluationJournal Journal, FactIndex Facts) Run(CompiledRules rules, FactSet facts, Action<ISession>? configure, CancellationToken cancellationToken)
    {
        Dictionary<int, string>? carried = null;
        while (true)
        {
            var journal = new EvaluationJournal(rules, carried);
            var session = rules.Factory.CreateSession(s =>
            {
                s.DependencyResolver = journal;
                s.Agenda.AddFilter(journal);
                rules.Options.ConfigureSession?.Invoke(s);
                configure?.Invoke(s);
            });
            session.TryInsertAll(facts, BatchOptions.SkipFailed);
            session.Fire(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var leaked = journal.ErrorsThatLeaked(carried);
            if (leaked is null)
            {
                return (journal, new FactIndex(session));
            }

            carried = leaked;
        }
    }
}
