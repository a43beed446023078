using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>
/// The facts that pass each pattern's own conditions, for one session. Patterns are numbered across the rule set
/// (<see cref="CompiledRuleSet.PatternOffset"/>), so the state is a few int arrays and one shared arena list, all
/// reused from evaluation to evaluation on the same thread: building the alpha memories allocates nothing once warm.
/// Equality-join patterns also get a hash index, built on first lookup.
/// </summary>
internal sealed class AlphaMemory
{
    [ThreadStatic]
    private static AlphaMemory? _spare;

    private readonly List<object> _arena = new(256);
    private int[] _version = [];
    private int[] _start = [];
    private int[] _count = [];
    private Dictionary<int, JoinIndex>? _indexes;

    /// <summary>A cleared memory for <paramref name="patternCount"/> patterns: this thread's spare, or a new one.</summary>
    public static AlphaMemory Rent(int patternCount)
    {
        var memory = _spare ?? new AlphaMemory();
        _spare = null;
        memory.Reset(patternCount);
        return memory;
    }

    /// <summary>Hands the memory back for the next session on this thread.</summary>
    public void Return()
    {
        _arena.Clear();
        _indexes?.Clear();
        _spare = this;
    }

    /// <summary>The facts of type <paramref name="pattern"/> that pass its alpha conditions.</summary>
    public Candidates Facts(int id, PatternElement pattern, WorkingMemory memory, object?[] scratch)
    {
        var version = memory.CountOf(pattern.FactType);
        if (_version[id] != version)
        {
            Build(id, pattern, memory, scratch, version);
        }

        return _start[id] < 0
            ? new Candidates(memory.OfType(pattern.FactType), 0, _count[id])
            : new Candidates(_arena, _start[id], _count[id]);
    }

    /// <summary>The facts of the pattern whose join key equals <paramref name="key"/>.</summary>
    public Candidates Lookup(int id, PatternElement pattern, WorkingMemory memory, object? key, object?[] scratch)
    {
        var all = Facts(id, pattern, memory, scratch);
        _indexes ??= [];
        if (!_indexes.TryGetValue(id, out var index) || index.Version != _version[id])
        {
            index = new JoinIndex(pattern, all, scratch) { Version = _version[id] };
            _indexes[id] = index;
        }

        var bucket = key is null ? index.NullKeyed : index.Buckets.GetValueOrDefault(key);
        return bucket is null ? Candidates.None : new Candidates(bucket, 0, bucket.Count);
    }

    private void Reset(int patternCount)
    {
        if (_version.Length < patternCount)
        {
            _version = new int[patternCount];
            _start = new int[patternCount];
            _count = new int[patternCount];
        }

        Array.Fill(_version, -1, 0, patternCount);
        _arena.Clear();
        _indexes?.Clear();
    }

    private void Build(int id, PatternElement pattern, WorkingMemory memory, object?[] scratch, int version)
    {
        var facts = memory.OfType(pattern.FactType);
        _version[id] = version;
        if (pattern.AlphaConditions.IsEmpty)
        {
            _start[id] = -1;
            _count[id] = facts.Count;
            return;
        }

        var slot = pattern.Slot;
        var saved = scratch[slot];
        var start = _arena.Count;
        var conditions = pattern.AlphaConditions;
        for (var f = 0; f < facts.Count; f++)
        {
            var fact = facts[f];
            scratch[slot] = fact;
            var passes = true;
            for (var c = 0; c < conditions.Length; c++)
            {
                if (!conditions[c].Test(scratch))
                {
                    passes = false;
                    break;
                }
            }

            if (passes)
            {
                _arena.Add(fact);
            }
        }

        scratch[slot] = saved;
        _start[id] = start;
        _count[id] = _arena.Count - start;
    }

    /// <summary>A hash index of a pattern's alpha facts by the fact side of its equality join.</summary>
    private sealed class JoinIndex
    {
        public JoinIndex(PatternElement pattern, Candidates facts, object?[] scratch)
        {
            var join = pattern.IndexedJoin!.Join!;
            var slot = pattern.Slot;
            var saved = scratch[slot];
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = facts[i];
                scratch[slot] = fact;
                var key = join.FactSide(scratch);
                if (key is null)
                {
                    (NullKeyed ??= []).Add(fact);
                    continue;
                }

                if (!Buckets.TryGetValue(key, out var list))
                {
                    list = [];
                    Buckets[key] = list;
                }

                list.Add(fact);
            }

            scratch[slot] = saved;
        }

        public Dictionary<object, List<object>> Buckets { get; } = [];

        public List<object>? NullKeyed { get; private set; }

        public int Version { get; init; }
    }
}
