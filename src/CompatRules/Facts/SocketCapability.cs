namespace CompatRules.Facts;

/// <summary>The result of one socket probe, such as whether <c>IP_TRANSPARENT</c> can be set on an MPTCP socket.</summary>
/// <param name="Probe">The probe, one of <see cref="SocketProbes"/>.</param>
/// <param name="Result">What the probe found.</param>
/// <param name="Errno">The errno the kernel returned, or null when the call succeeded or was not made.</param>
/// <param name="NetworkNamespace">The network namespace the probe ran in (<c>net:[4026531833]</c>), or null.</param>
public sealed record SocketCapability(string Probe, ProbeResult Result, int? Errno = null, string? NetworkNamespace = null) : Fact
{
    /// <summary>The prefix of every socket probe fact key.</summary>
    public const string KeyPrefix = "socket:";

    /// <inheritdoc />
    public override string Key => KeyFor(Probe);

    /// <inheritdoc />
    public override string Describe() => $"socket probe {Probe}: {Result.ToString().ToLowerInvariant()}{(Errno is null ? string.Empty : " (errno " + Errno + ")")}";

    /// <summary>The fact key for a probe, such as <c>socket:mptcp-ip-transparent</c>.</summary>
    /// <param name="probe">The probe name.</param>
    /// <returns>The key.</returns>
    public static string KeyFor(string probe) => KeyPrefix + probe;
}
