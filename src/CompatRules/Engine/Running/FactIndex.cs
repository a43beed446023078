using NRules;

namespace CompatRules.Engine.Running;

/// <summary>The facts in a finished session's working memory (the inputs and every derived fact still standing),
/// grouped by concrete type in one pass; a pattern's type gathers the groups it is assignable from, once.</summary>
internal sealed class FactIndex
{
    private readonly Dictionary<Type, List<object>> _byConcreteType = [];
    private readonly Dictionary<Type, List<object>> _byPatternType = [];

    public FactIndex(ISession session)
    {
        foreach (var fact in session.Query<object>())
        {
            var type = fact.GetType();
            if (!_byConcreteType.TryGetValue(type, out var group))
            {
                _byConcreteType[type] = group = [];
            }

            group.Add(fact);
        }
    }

    /// <summary>The facts assignable to <paramref name="type"/>, grouped by concrete type.</summary>
    public List<object> OfType(Type type)
    {
        if (_byPatternType.TryGetValue(type, out var facts))
        {
            return facts;
        }

        if (type.IsSealed)
        {
            facts = _byConcreteType.TryGetValue(type, out var exact) ? exact : [];
        }
        else
        {
            facts = [];
            foreach (var (concrete, group) in _byConcreteType)
            {
                if (type.IsAssignableFrom(concrete))
                {
                    facts.AddRange(group);
                }
            }
        }

        _byPatternType[type] = facts;
        return facts;
    }
}
