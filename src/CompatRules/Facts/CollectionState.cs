namespace CompatRules.Facts;

/// <summary>How the collection of some facts ended.</summary>
public enum CollectionState
{
    /// <summary>Collected; the facts are in the set.</summary>
    Collected = 0,

    /// <summary>Looked for and not there (a file or feature that does not exist): itself a fact.</summary>
    Absent,

    /// <summary>The collector lacked the privilege to look.</summary>
    PermissionDenied,

    /// <summary>The kernel or platform does not support the way of looking.</summary>
    Unsupported,

    /// <summary>The collector failed; the reason says how.</summary>
    Error,

    /// <summary>The host is not Linux, so nothing was looked at.</summary>
    NotLinux,

    /// <summary>Nothing tried to collect it, such as component versions on a node check without an inventory.</summary>
    NotCollected,
}
