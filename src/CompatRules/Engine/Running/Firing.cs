using NRules.RuleModel;

namespace CompatRules.Engine.Running;

/// <summary>One firing of a rule: the match NRules fired, the facts it held then, and the notes its actions wrote.</summary>
internal sealed class Firing(IMatch match, object?[] facts)
{
    private List<string>? _notes;

    /// <summary>The activation NRules fired.</summary>
    public IMatch Match { get; } = match;

    /// <summary>The matched facts, in pattern order.</summary>
    public object?[] Facts { get; } = facts;

    /// <summary>The notes, in the order written (each once).</summary>
    public IReadOnlyList<string> Notes => (IReadOnlyList<string>?)_notes ?? [];

    public void AddNote(string text)
    {
        _notes ??= [];
        if (!_notes.Contains(text))
        {
            _notes.Add(text);
        }
    }
}
