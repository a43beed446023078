namespace CompatRules.Facts;

/// <summary>Why some facts are, or are not, in the set: a collector's report for one fact key or key prefix.</summary>
/// <remarks>When a rule needs a fact that is missing, the engine quotes the status covering its key, so the report
/// says "sysctl:net.ipv4.vs.conn_reuse_mode: PermissionDenied (EACCES)" instead of only "missing".</remarks>
/// <param name="Subject">A fact key (<c>iptables</c>) or a key prefix ending in <c>*</c> (<c>component:*</c>).</param>
/// <param name="State">How the collection ended.</param>
/// <param name="Reason">Why, in words: the errno, the file, the missing capability; null when collected.</param>
public sealed record CollectionStatus(string Subject, CollectionState State, string? Reason = null) : Fact
{
    /// <summary>The prefix of every collection status key.</summary>
    public const string KeyPrefix = "status:";

    /// <inheritdoc />
    public override string Key => KeyPrefix + Subject;

    /// <summary>True when this status speaks for the fact key <paramref name="factKey"/>.</summary>
    /// <param name="factKey">A fact key, such as <c>component:calico</c>.</param>
    /// <returns>Whether the subject is that key or a prefix pattern covering it.</returns>
    public bool Covers(string factKey)
    {
        ArgumentNullException.ThrowIfNull(factKey);
        return Subject.EndsWith('*')
            ? factKey.StartsWith(Subject.AsSpan(0, Subject.Length - 1), StringComparison.Ordinal)
            : string.Equals(Subject, factKey, StringComparison.Ordinal);
    }

    /// <summary>The status as one line, such as <c>iptables: PermissionDenied (netlink EPERM)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subject}: {State}{(Reason is null ? string.Empty : $" ({Reason})")}";
}
