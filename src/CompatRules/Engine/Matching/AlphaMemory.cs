using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>The facts that pass a pattern's own conditions, with a hash index for its equality join.</summary>
internal sealed class AlphaMemory
{
    private Dictionary<object, List<object>>? _index;
    private List<object>? _nullKeyed;

    public AlphaMemory(PatternElement pattern, List<object> facts, object?[] scratch)
    {
        Pattern = pattern;
        Version = -1;
        Facts = Filter(pattern, facts, scratch);
    }

    public PatternElement Pattern { get; }

    public List<object> Facts { get; }

    public int Version { get; init; }

    /// <summary>The facts whose join key equals <paramref name="key"/>.</summary>
    public List<object> Lookup(object? key, object?[] scratch)
    {
        if (_index is null)
        {
            BuildIndex(scratch);
        }

        if (key is null)
        {
            return _nullKeyed ?? [];
        }

        return _index!.TryGetValue(key, out var list) ? list : [];
    }

    private void BuildIndex(object?[] scratch)
    {
        _index = [];
        var join = Pattern.IndexedJoin!.Join!;
        var slot = Pattern.Slot;
        var saved = scratch[slot];
        foreach (var fact in Facts)
        {
            scratch[slot] = fact;
            var key = join.FactSide(scratch);
            if (key is null)
            {
                (_nullKeyed ??= []).Add(fact);
                continue;
            }

            if (!_index.TryGetValue(key, out var list))
            {
                list = [];
                _index[key] = list;
            }

            list.Add(fact);
        }

        scratch[slot] = saved;
    }

    private static List<object> Filter(PatternElement pattern, List<object> facts, object?[] scratch)
    {
        if (pattern.AlphaConditions.IsEmpty)
        {
            return facts;
        }

        var result = new List<object>();
        var slot = pattern.Slot;
        foreach (var fact in facts)
        {
            scratch[slot] = fact;
            var passes = true;
            foreach (var condition in pattern.AlphaConditions)
            {
                if (!condition.Test(scratch))
                {
                    passes = false;
                    break;
                }
            }

            if (passes)
            {
                result.Add(fact);
            }
        }

        scratch[slot] = null;
        return result;
    }
}
