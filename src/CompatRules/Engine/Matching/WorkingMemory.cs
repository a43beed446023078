namespace CompatRules.Engine.Matching;

/// <summary>The facts of one evaluation, given and derived, grouped by type. Append-only, so the number of facts of a
/// type is also its version: a cache built over a type is stale exactly when that count has grown.</summary>
internal sealed class WorkingMemory
{
    private static readonly List<object> NoFacts = [];

    private readonly List<object> _facts;
    private readonly Dictionary<Type, List<object>> _byRuntimeType = [];
    private Dictionary<Type, List<object>>? _byBaseType;

    public WorkingMemory(IReadOnlyCollection<object> facts)
    {
        _facts = new List<object>(facts.Count + 8);
        foreach (var fact in facts)
        {
            Add(fact);
        }
    }

    /// <summary>Counts insertions of derived facts.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<object> All => _facts;

    public void Insert(object fact)
    {
        Add(fact);
        _byBaseType?.Clear();
        Version++;
    }

    /// <summary>How many facts are assignable to <paramref name="type"/>; grows when one is inserted.</summary>
    public int CountOf(Type type) => type.IsSealed ? (_byRuntimeType.TryGetValue(type, out var list) ? list.Count : 0) : _facts.Count;

    /// <summary>The facts assignable to <paramref name="type"/>, in insertion order. For a sealed type (every built-in
    /// fact) this is the live group, which grows as facts are inserted; do not modify it.</summary>
    public List<object> OfType(Type type)
    {
        if (type.IsSealed)
        {
            return _byRuntimeType.TryGetValue(type, out var exact) ? exact : NoFacts;
        }

        _byBaseType ??= [];
        if (_byBaseType.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var result = new List<object>();
        foreach (var fact in _facts)
        {
            if (type.IsInstanceOfType(fact))
            {
                result.Add(fact);
            }
        }

        _byBaseType[type] = result;
        return result;
    }

    private void Add(object fact)
    {
        _facts.Add(fact);
        var type = fact.GetType();
        if (!_byRuntimeType.TryGetValue(type, out var list))
        {
            list = [];
            _byRuntimeType[type] = list;
        }

        list.Add(fact);
    }
}
