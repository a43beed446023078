using CompatRules.Collectors.Interop;
using CompatRules.Facts;

namespace CompatRules.Collectors.Sockets;

/// <summary>What an errno from <c>socket</c> or <c>setsockopt</c> means for a probe (linux-facts §5).</summary>
internal static class ProbeErrno
{
    public static ProbeResult Classify(int errno) => errno switch
    {
        Errno.EOPNOTSUPP or Errno.EPROTONOSUPPORT or Errno.EINVAL or Errno.ENOPROTOOPT or Errno.EAFNOSUPPORT => ProbeResult.Unsupported,
        Errno.EPERM or Errno.EACCES => ProbeResult.PermissionDenied,
        _ => ProbeResult.Unknown,
    };

    public static CollectionState StateOf(ProbeResult result) => result switch
    {
        ProbeResult.Supported or ProbeResult.Unsupported => CollectionState.Collected,
        ProbeResult.PermissionDenied => CollectionState.PermissionDenied,
        _ => CollectionState.Error,
    };
}
