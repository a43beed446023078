namespace CompatRules.Facts;

/// <summary>Where a fact's value came from.</summary>
public enum SourceKind
{
    /// <summary>Not stated by whoever built the fact.</summary>
    Unspecified = 0,

    /// <summary>Read from a file (procfs, sysfs, <c>/etc</c>); the location is the path.</summary>
    File,

    /// <summary>Returned by a system call (<c>uname(2)</c>, <c>ioctl</c>); the location names the call.</summary>
    Syscall,

    /// <summary>Answered over a netlink socket; the location names the family and message.</summary>
    Netlink,

    /// <summary>Observed by a probe that tried an operation (a socket option); the location names the probe.</summary>
    Probe,

    /// <summary>Loaded from a saved facts snapshot; the location is the file.</summary>
    Snapshot,

    /// <summary>Read from a cluster inventory; the location is the object and JSON path.</summary>
    Inventory,

    /// <summary>Given by a person, such as an <c>--assume</c> what-if value.</summary>
    User,

    /// <summary>Derived by a rule from other facts; the location names the rule.</summary>
    Derived,
}
