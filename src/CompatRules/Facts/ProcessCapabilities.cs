namespace CompatRules.Facts;

/// <summary>The effective Linux capabilities of the process that collected the facts, which decide what the probes
/// could see.</summary>
/// <param name="Effective">The <c>CapEff</c> bit mask from <c>/proc/self/status</c>.</param>
public sealed record ProcessCapabilities(ulong Effective) : Fact
{
    /// <summary>The key of the capabilities fact.</summary>
    public const string FactKey = "capabilities";

    /// <summary><c>CAP_NET_ADMIN</c>, needed to dump nf_tables over netlink.</summary>
    public const int NetAdmin = 12;

    /// <summary><c>CAP_NET_RAW</c>, needed to list legacy iptables chains.</summary>
    public const int NetRaw = 13;

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"capabilities CapEff={Effective:x16}";

    /// <summary>True when capability number <paramref name="capability"/> is effective.</summary>
    /// <param name="capability">The capability number, such as <see cref="NetAdmin"/>.</param>
    /// <returns>Whether it is set.</returns>
    public bool Has(int capability) => capability is >= 0 and < 64 && (Effective & (1UL << capability)) != 0;
}
