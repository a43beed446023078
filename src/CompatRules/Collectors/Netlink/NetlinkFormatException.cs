namespace CompatRules.Collectors.Netlink;

/// <summary>A netlink reply broke the wire format: a bad length, a truncated attribute.</summary>
internal sealed class NetlinkFormatException(string message) : Exception(message);
