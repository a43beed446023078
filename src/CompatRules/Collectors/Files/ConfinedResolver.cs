using CompatRules.Collectors.Interop;

namespace CompatRules.Collectors.Files;

/// <summary>Resolves a path inside a root directory, links included, and returns an <c>O_PATH</c> descriptor of what
/// it names: <c>openat2(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS)</c> where the kernel has it (5.6+), otherwise a
/// walk one component at a time with <c>O_NOFOLLOW</c> that reads each link itself, restarts an absolute link at the
/// root and never lets <c>..</c> climb above it. Either way nothing outside the root is ever opened.</summary>
internal static unsafe class ConfinedResolver
{
    public const int MaxLinks = 40;
    private const nint Openat2 = 437;
    private const ulong ResolveNoMagicLinks = 0x02;
    private const ulong ResolveInRoot = 0x10;
    private const int AtFdCwd = -100;
    private static readonly byte[] Dot = ".\0"u8.ToArray();
    private static readonly byte[] Empty = [0];

    /// <summary>Opens the root directory with <c>O_PATH</c>: the descriptor, or the negated errno.</summary>
    public static int OpenRoot(string root)
    {
        var bytes = NulTerminated(System.Text.Encoding.UTF8.GetBytes(root));
        fixed (byte* p = bytes)
        {
            var fd = Libc.OpenAt(AtFdCwd, p, OpenFlags.Path | OpenFlags.Directory | OpenFlags.CloseOnExec);
            return fd >= 0 ? fd : -Libc.LastError;
        }
    }

    /// <summary>The <c>O_PATH</c> descriptor of <paramref name="path"/> (absolute, as on the node) inside the root
    /// <paramref name="rootFd"/>, or the negated errno (ENOENT, EACCES, ELOOP, ENOTDIR ...).</summary>
    /// <param name="rootFd">The root directory.</param>
    /// <param name="path">The node path, such as <c>/proc/modules</c>.</param>
    /// <param name="walkOnly">Skip <c>openat2</c> (tests run the fallback with it).</param>
    public static int Resolve(int rootFd, byte[] path, bool walkOnly)
    {
        if (!walkOnly)
        {
            var fd = WithOpenat2(rootFd, path);
            if (fd != -Errno.ENOSYS && fd != -Errno.EPERM)
            {
                return fd;
            }
        }

        return Walk(rootFd, path);
    }

    private static int WithOpenat2(int rootFd, byte[] path)
    {
        var relative = NulTerminated(path.AsSpan().TrimStart((byte)'/').ToArray());
        var how = stackalloc ulong[3];
        how[0] = (ulong)(OpenFlags.Path | OpenFlags.CloseOnExec);
        how[1] = 0;
        how[2] = ResolveInRoot | ResolveNoMagicLinks;
        fixed (byte* p = relative.Length == 1 ? Dot : relative)
        {
            for (var attempt = 0; ; attempt++)
            {
                var fd = (int)Libc.Syscall4(Openat2, rootFd, (nint)p, (nint)how, 3 * sizeof(ulong));
                var errno = fd < 0 ? Libc.LastError : 0;
                if (fd >= 0 || errno != Errno.EAGAIN || attempt == 3)
                {
                    return fd >= 0 ? fd : -errno;
                }
            }
        }
    }

    private static int Walk(int rootFd, byte[] path)
    {
        // Components still to resolve, the next one last; the directories entered so far, innermost last.
        var pending = new List<byte[]>(Split(path).Reverse());
        var entered = new List<int>();
        var links = 0;
        try
        {
            while (pending.Count > 0)
            {
                var name = pending[^1];
                pending.RemoveAt(pending.Count - 1);
                if (name is [(byte)'.'])
                {
                    continue;
                }

                if (name is [(byte)'.', (byte)'.'])
                {
                    if (entered.Count > 0)
                    {
                        _ = Libc.Close(entered[^1]);
                        entered.RemoveAt(entered.Count - 1);
                    }

                    continue; // ".." at the root stays at the root
                }

                var fd = OpenComponent(entered.Count > 0 ? entered[^1] : rootFd, name);
                if (fd < 0)
                {
                    return fd;
                }

                if (FileType.Of(fd) != FileType.SymbolicLink)
                {
                    entered.Add(fd);
                    continue;
                }

                var target = ReadLink(fd);
                _ = Libc.Close(fd);
                if (target is null)
                {
                    return -Errno.EINVAL;
                }

                if (++links > MaxLinks)
                {
                    return -Errno.ELOOP;
                }

                if (target.Length > 0 && target[0] == (byte)'/')
                {
                    CloseAll(entered); // an absolute link restarts at the root, not at the real /
                }

                pending.AddRange(Split(target).Reverse());
            }

            if (entered.Count == 0)
            {
                fixed (byte* dot = Dot)
                {
                    var fd = Libc.OpenAt(rootFd, dot, OpenFlags.Path | OpenFlags.CloseOnExec);
                    return fd >= 0 ? fd : -Libc.LastError;
                }
            }

            var result = entered[^1];
            entered.RemoveAt(entered.Count - 1);
            return result;
        }
        finally
        {
            CloseAll(entered);
        }
    }

    private static int OpenComponent(int directoryFd, byte[] name)
    {
        var bytes = NulTerminated(name);
        fixed (byte* p = bytes)
        {
            var fd = Libc.OpenAt(directoryFd, p, OpenFlags.Path | OpenFlags.NoFollow | OpenFlags.CloseOnExec);
            return fd >= 0 ? fd : -Libc.LastError;
        }
    }

    private static byte[]? ReadLink(int linkFd)
    {
        var buffer = new byte[4096];
        fixed (byte* b = buffer)
        fixed (byte* empty = Empty)
        {
            var length = Libc.ReadLinkAt(linkFd, empty, b, (nuint)buffer.Length);
            return length < 0 || length >= buffer.Length ? null : buffer[..(int)length];
        }
    }

    private static IEnumerable<byte[]> Split(byte[] path)
    {
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == (byte)'/')
            {
                if (i > start)
                {
                    yield return path[start..i];
                }

                start = i + 1;
            }
        }
    }

    private static void CloseAll(List<int> fds)
    {
        foreach (var fd in fds)
        {
            _ = Libc.Close(fd);
        }

        fds.Clear();
    }

    private static byte[] NulTerminated(byte[] bytes) => [.. bytes, 0];
}
