namespace CompatRules.Collectors.Interop;

/// <summary>Names the network namespace the calling thread's sockets are created in.</summary>
/// <remarks>Reads the process's own <c>/proc/thread-self/ns/net</c>, never under the host root: the namespace a probe
/// ran in belongs to this process, not to the files of the node.</remarks>
internal static class NetworkNamespace
{
    /// <summary>The namespace, such as <c>net:[4026531833]</c>, or null when it cannot be read.</summary>
    public static string? Current()
    {
        foreach (var path in new[] { "/proc/thread-self/ns/net", "/proc/self/ns/net" })
        {
            try
            {
                var target = new FileInfo(path).LinkTarget;
                if (target is not null)
                {
                    return target;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return null;
    }
}
