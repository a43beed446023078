namespace CompatRules.Facts;

/// <summary>What a socket probe found.</summary>
public enum ProbeResult
{
    /// <summary>The probe could not tell; see the reason.</summary>
    Unknown = 0,

    /// <summary>The kernel accepted the operation.</summary>
    Supported,

    /// <summary>The kernel refused the operation as unsupported (<c>EOPNOTSUPP</c>, <c>EPROTONOSUPPORT</c>, ...).</summary>
    Unsupported,

    /// <summary>The caller lacks the privilege (<c>EPERM</c>, <c>EACCES</c>); the kernel may still support it.</summary>
    PermissionDenied,
}
