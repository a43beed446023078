namespace CompatRules.Engine.Matching;

/// <summary>A read-only window of facts: part of a session's alpha arena, a type group, or an index bucket.
/// A struct, so asking for a pattern's candidates allocates nothing.</summary>
internal readonly struct Candidates(List<object> facts, int start, int count)
{
    public static Candidates None => new([], 0, 0);

    public int Count { get; } = count;

    public object this[int index] => facts[start + index];
}
