using NRules;

namespace CompatRules.Engine.Running;

/// <summary>The facts in a finished session's working memory (the inputs and every derived fact still standing),
/// by type, read once.</summary>
internal sealed class FactIndex
{
    private readonly List<object> _all = [];
    private readonly Dictionary<Type, List<object>> _byType = [];

    public FactIndex(ISession session)
    {
        foreach (var fact in session.Query<object>())
        {
            _all.Add(fact);
        }
    }

    /// <summary>The facts assignable to <paramref name="type"/>, in working-memory order.</summary>
    public List<object> OfType(Type type)
    {
        if (!_byType.TryGetValue(type, out var facts))
        {
            facts = [];
            foreach (var fact in _all)
            {
                if (type.IsInstanceOfType(fact))
                {
                    facts.Add(fact);
                }
            }

            _byType[type] = facts;
        }

        return facts;
    }
}
