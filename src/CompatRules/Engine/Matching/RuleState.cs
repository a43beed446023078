namespace CompatRules.Engine.Matching;

/// <summary>What happened to one rule during a session. Its collections are created on first use, so a rule that
/// never matched costs one small object per evaluation.</summary>
internal sealed class RuleState
{
    private static readonly List<object?[]> NoActivations = [];
    private static readonly List<string> NoNotes = [];

    private HashSet<ActivationKey>? _fired;

    /// <summary>The state of every rule that never matched nor failed; never modified.</summary>
    public static RuleState Untouched { get; } = new();
    private List<object?[]>? _activations;
    private List<string>? _notes;

    /// <summary>The matches the rule fired for, in firing order. Read-only for everyone but <see cref="Session"/>.</summary>
    public List<object?[]> Activations => _activations ?? NoActivations;

    /// <summary>The notes its actions wrote. Read-only; write with <see cref="AddNote"/>.</summary>
    public IReadOnlyList<string> Notes => _notes ?? NoNotes;

    public string? Error { get; set; }

    public int DerivedCount { get; set; }

    public bool InsertedThisPass { get; set; }

    /// <summary>Records a match; false when the rule already fired for these facts.</summary>
    public bool TryActivate(object?[] match)
    {
        if (!(_fired ??= []).Add(new ActivationKey(match)))
        {
            return false;
        }

        (_activations ??= []).Add(match);
        return true;
    }

    /// <summary>Adds a note once.</summary>
    public void AddNote(string text)
    {
        _notes ??= [];
        if (!_notes.Contains(text))
        {
            _notes.Add(text);
        }
    }
}
