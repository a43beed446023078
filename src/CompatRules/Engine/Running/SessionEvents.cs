using NRules;
using NRules.Diagnostics;

namespace CompatRules.Engine.Running;

/// <summary>
/// The NRules events the outcome layer listens to, attached once to the session factory (so every session raises
/// them without per-session subscriptions). Each handler finds its evaluation's journal through the session's
/// dependency resolver. Condition, action and filter failures are marked handled: the failing rule is Error and
/// the session goes on.
/// </summary>
internal static class SessionEvents
{
    public static void Attach(ISessionFactory factory)
    {
        var events = factory.Events;
        events.RuleFiringEvent += (sender, e) => Journal(sender)?.OnFiring(e.Match);
        events.RuleFiredEvent += (sender, _) => Journal(sender)?.OnFired();
        events.FactInsertingEvent += (sender, e) => Journal(sender)?.OnInserting(e.Fact);
        events.LhsExpressionFailedEvent += (sender, e) =>
        {
            if (Journal(sender) is { } journal)
            {
                e.IsHandled = true;
                journal.OnConditionFailed(e.Rules, e.Exception);
            }
        };
        events.RhsExpressionFailedEvent += (sender, e) =>
        {
            if (Journal(sender) is { } journal)
            {
                e.IsHandled = true;
                journal.OnActionFailed(e.Match.Rule, e.Exception);
            }
        };
        events.AgendaExpressionFailedEvent += (sender, e) =>
        {
            if (Journal(sender) is { } journal)
            {
                e.IsHandled = true;
                journal.OnFilterFailed(e.Rule, e.Exception);
            }
        };
    }

    private static EvaluationJournal? Journal(object? sender) => (sender as ISession)?.DependencyResolver as EvaluationJournal;
}
