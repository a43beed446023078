using CompatRules.Dsl;
using CompatRules.Reports;

namespace CompatRules.Engine.Matching;

/// <summary>The context an action runs in: it inserts into the session and collects notes.</summary>
internal sealed class ActionContext(RuleMetadata rule, Session session, RuleState state) : IContext
{
    public RuleMetadata Rule { get; } = rule;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        session.InsertDerived(state, fact);
    }

    public void Note(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        state.AddNote(text);
    }
}
