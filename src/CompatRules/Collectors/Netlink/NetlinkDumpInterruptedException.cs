namespace CompatRules.Collectors.Netlink;

/// <summary>A dump part carried <c>NLM_F_DUMP_INTR</c>: the set changed while it was dumped; the dump must restart.</summary>
internal sealed class NetlinkDumpInterruptedException() : Exception("netlink dump interrupted (NLM_F_DUMP_INTR)");
