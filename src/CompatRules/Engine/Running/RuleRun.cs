namespace CompatRules.Engine.Running;

/// <summary>What happened to one rule in one evaluation. Created on first use, so a rule NRules never touched costs nothing.</summary>
internal sealed class RuleRun
{
    private List<Firing>? _firings;

    /// <summary>The firings still standing at the end (a firing whose match NRules later retracted is removed).</summary>
    public IReadOnlyList<Firing> Firings => (IReadOnlyList<Firing>?)_firings ?? [];

    /// <summary>The first error the rule met, or null.</summary>
    public string? Error { get; set; }

    /// <summary>How many activations NRules put on the agenda for the rule.</summary>
    public int Activations { get; set; }

    /// <summary>How many facts the rule inserted (linked or direct).</summary>
    public int Derived { get; set; }

    /// <summary>True once the rule has fired at all, even if the firing was later retracted.</summary>
    public bool EverFired { get; private set; }

    public Firing Fire(NRules.RuleModel.IMatch match, object?[] facts)
    {
        EverFired = true;
        _firings ??= new List<Firing>(2);
        _firings.RemoveAll(f => ReferenceEquals(f.Match, match));
        var firing = new Firing(match, facts);
        _firings.Add(firing);
        return firing;
    }

    public void Retract(NRules.RuleModel.IMatch match) => _firings?.RemoveAll(f => ReferenceEquals(f.Match, match));
}
