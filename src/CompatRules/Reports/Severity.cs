namespace CompatRules.Reports;

/// <summary>How bad it is when a rule is <see cref="Outcome.Affected"/>.</summary>
/// <remarks>
/// The built-in rules choose by what the user sees: <see cref="Critical"/> for a crash loop or an outage of the data
/// path (pods cannot start, cross-node traffic dropped); <see cref="High"/> for broken behaviour with a workaround
/// in place or limited to one feature (a policy not enforced, a connectivity test failing); <see cref="Medium"/> for
/// degraded performance or delays (seconds of latency, a slow leak); <see cref="Low"/> for cosmetic or
/// operational nuisances; <see cref="Info"/> for known open problems without a fix, worth knowing.
/// </remarks>
public enum Severity
{
    /// <summary>Worth knowing; nothing is broken by it alone.</summary>
    Info = 0,

    /// <summary>Cosmetic or an operational nuisance.</summary>
    Low,

    /// <summary>Degraded performance, delays or slow resource leaks.</summary>
    Medium,

    /// <summary>A feature broken or a policy not enforced.</summary>
    High,

    /// <summary>A crash loop or an outage of the data path.</summary>
    Critical,
}
