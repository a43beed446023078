namespace CompatRules.Engine.Matching;

/// <summary>What happened to one rule during a session. Its collections are created on first use, so a rule that
/// never matched costs one small object per evaluation.</summary>
internal sealed class RuleState
{
    private static readonly List<object?[]> NoActivations = [];
    private static readonly List<string> NoNotes = [];

    private const int LinearScanLimit = 8;

    private HashSet<ActivationKey>? _fired;

    /// <summary>The state of every rule that never matched nor failed; never modified.</summary>
    public static RuleState Untouched { get; } = new();
    private List<object?[]>? _activations;
    private List<string>? _notes;
    private string? _error;
    private int _derivedCount;

    /// <summary>The matches the rule fired for, in firing order. Read-only for everyone but <see cref="Session"/>.</summary>
    public List<object?[]> Activations => _activations ?? NoActivations;

    /// <summary>The notes its actions wrote. Read-only; write with <see cref="AddNote"/>.</summary>
    public IReadOnlyList<string> Notes => _notes ?? NoNotes;

    public string? Error
    {
        get => _error;
        set => _error = ReferenceEquals(this, Untouched) ? throw SharedStateWrite() : value;
    }

    public int DerivedCount
    {
        get => _derivedCount;
        set => _derivedCount = ReferenceEquals(this, Untouched) ? throw SharedStateWrite() : value;
    }

    public bool InsertedThisPass { get; set; }

    /// <summary>Records a match; false when the rule already fired for these facts.</summary>
    public bool TryActivate(object?[] match)
    {
        var key = new ActivationKey(match);
        if (_fired is not null)
        {
            if (!_fired.Add(key))
            {
                return false;
            }
        }
        else if (_activations is not null)
        {
            // Most rules fire once or twice: a short scan beats a hash set until there are a few activations.
            foreach (var earlier in _activations)
            {
                if (key.Equals(new ActivationKey(earlier)))
                {
                    return false;
                }
            }

            if (_activations.Count >= LinearScanLimit)
            {
                _fired = new HashSet<ActivationKey>(_activations.Count * 2);
                foreach (var earlier in _activations)
                {
                    _fired.Add(new ActivationKey(earlier));
                }

                _fired.Add(key);
            }
        }

        (_activations ??= new List<object?[]>(2)).Add(match);
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

    private static InvalidOperationException SharedStateWrite()
        => new("RuleState.Untouched is shared by every session: write through Session's own state for the rule.");
}
