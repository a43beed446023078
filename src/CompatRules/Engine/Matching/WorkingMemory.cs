namespace CompatRules.Engine.Matching;

/// <summary>The facts of one evaluation, given and derived, grouped by type.</summary>
internal sealed class WorkingMemory
{
    private readonly List<object> _facts = [];
    private readonly Dictionary<Type, List<object>> _byRuntimeType = [];
    private readonly Dictionary<Type, List<object>> _byPatternType = [];

    public WorkingMemory(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            Add(fact);
        }

        Version = 0;
    }

    /// <summary>Counts insertions, so caches know when they are stale.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<object> All => _facts;

    public void Insert(object fact)
    {
        Add(fact);
        _byPatternType.Clear();
        Version++;
    }

    /// <summary>The facts assignable to <paramref name="type"/>, in insertion order.</summary>
    public List<object> OfType(Type type)
    {
        if (_byPatternType.TryGetValue(type, out var cached))
        {
            return cached;
        }

        // A sealed type (every built-in fact) is answered from its own group; a base type needs a scan.
        var result = type.IsSealed
            ? (_byRuntimeType.TryGetValue(type, out var exact) ? exact : [])
            : _facts.Where(type.IsInstanceOfType).ToList();
        _byPatternType[type] = result;
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
