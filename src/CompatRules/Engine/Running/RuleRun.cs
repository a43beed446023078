namespace CompatRules.Engine.Running;

/// <summary>What happened to one rule in one evaluation. Created on first use, so a rule NRules never touched costs nothing.</summary>
internal sealed class RuleRun
{
    private List<Firing>? _firings;

    /// <summary>The rule's firings, in order; a match that fired again (NRules' re-activation after an update) keeps
    /// only its latest firing. A firing stays when NRules later deletes its activation (the rule's own action may
    /// have changed the facts it matched): the rule fired, so it is Affected.</summary>
    public IReadOnlyList<Firing> Firings => (IReadOnlyList<Firing>?)_firings ?? [];

    /// <summary>The first error the rule met, or null.</summary>
    public string? Error { get; set; }

    /// <summary>How many activations NRules put on the agenda for the rule.</summary>
    public int Activations { get; set; }

    /// <summary>How many facts the rule inserted (linked or direct).</summary>
    public int Derived { get; set; }

    public Firing Fire(NRules.RuleModel.IMatch match, object?[] facts)
    {
        _firings ??= new List<Firing>(2);
        _firings.RemoveAll(f => ReferenceEquals(f.Match, match));
        var firing = new Firing(match, facts);
        _firings.Add(firing);
        return firing;
    }
}
