using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>A node's Unknown results grouped by why their facts are missing, so that a reason shared by many rules
/// (no container runtime read: every component rule) is printed once above them instead of under each.</summary>
internal static class UnknownGroups
{
    /// <summary>One group: the rules whose missing facts have the same reasons, in the order given.</summary>
    /// <param name="Reason">The reasons, joined; empty when the missing facts came without one.</param>
    /// <param name="Results">The Unknown results.</param>
    public sealed record Group(string Reason, IReadOnlyList<RuleResult> Results)
    {
        /// <summary>True when the reason is worth a line of its own: shared by several rules.</summary>
        public bool Shared => Reason.Length > 0 && Results.Count > 1;
    }

    /// <summary>Groups <paramref name="unknown"/> by the reasons of their missing facts, groups in the order of
    /// their first result.</summary>
    /// <param name="unknown">Unknown results, in the order to print them.</param>
    /// <returns>The groups.</returns>
    public static IReadOnlyList<Group> Of(IEnumerable<RuleResult> unknown)
        => [.. unknown.GroupBy(r => string.Join("; ", r.MissingFacts.Select(m => Split(m).Reason).OfType<string>().Distinct(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Select(g => new Group(g.Key, [.. g]))];

    /// <summary>The fact keys of <paramref name="result"/>'s missing facts, without their reasons.</summary>
    /// <param name="result">An Unknown result.</param>
    /// <returns>The keys.</returns>
    public static IEnumerable<string> Keys(RuleResult result) => result.MissingFacts.Select(m => Split(m).Key);

    /// <summary>The openings of a reason as the engine writes it after a key: <c> (</c> and a collection state.</summary>
    private static readonly string[] ReasonOpenings = [.. Enum.GetNames<CollectionState>().Select(state => " (" + state)];

    /// <summary>Splits a missing-fact entry, <c>key (State: reason)</c> as the engine writes it, into the key and the
    /// reason; the reason is null when the entry has none. A key may itself end in words in parentheses (a value of a
    /// present fact: <c>component:calico (version)</c>, <c>cluster (kubernetes version)</c>), so the reason is what
    /// opens with a collection state, not the first parenthesis.</summary>
    /// <param name="missing">The entry, such as <c>component:calico (NotCollected: no containerd task directory ...)</c>.</param>
    /// <returns>The key and the reason.</returns>
    public static (string Key, string? Reason) Split(string missing)
    {
        if (!missing.EndsWith(')'))
        {
            return (missing, null);
        }

        var open = ReasonOpenings
            .Select(opening => (Opening: opening, At: missing.IndexOf(opening, StringComparison.Ordinal)))
            .Where(o => o.At > 0 && missing[o.At + o.Opening.Length] is ':' or ')')
            .Select(o => o.At)
            .DefaultIfEmpty(-1)
            .Min();
        return open > 0 ? (missing[..open], missing[(open + 2)..^1]) : (missing, null);
    }
}
