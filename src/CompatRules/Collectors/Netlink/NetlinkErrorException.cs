
namespace CompatRules.Collectors.Netlink;

/// <summary>The kernel answered a netlink request with a negative errno (in <c>NLMSG_ERROR</c> or <c>NLMSG_DONE</c>),
/// or a socket call failed.</summary>
internal sealed class NetlinkErrorException(int errno, string operation)
    : Exception($"{operation}: {Interop.Errno.Describe(errno)}")
{
    public int ErrorNumber { get; } = errno;
}
