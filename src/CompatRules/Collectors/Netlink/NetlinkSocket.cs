using CompatRules.Collectors.Interop;

namespace CompatRules.Collectors.Netlink;

/// <summary>A netlink socket opened with raw libc calls in the calling thread's network namespace.</summary>
internal sealed unsafe class NetlinkSocket : IDisposable
{
    private const int ReceiveBufferSize = 65536;
    private const int MaxDumpAttempts = 3;
    private static int s_sequence = Environment.TickCount & 0x7FFFFFFF;
    private readonly int _protocol;
    private readonly bool _guarded;
    private readonly Func<byte[], IReadOnlyList<byte[]>>? _scripted;
    private int _fd;

    private NetlinkSocket(int fd, int protocol, bool guarded, Func<byte[], IReadOnlyList<byte[]>>? scripted = null)
    {
        _fd = fd;
        _protocol = protocol;
        _guarded = guarded;
        _scripted = scripted;
    }

    /// <summary>A test seam: when set (for the current async flow), sockets are not opened and every request is
    /// answered by the function, given the protocol and the request bytes, with the datagrams to receive.</summary>
    internal static AsyncLocal<Func<int, byte[], IReadOnlyList<byte[]>>?> ScriptedReplies { get; } = new();

    /// <summary>Opens a socket that sends only read-only requests (see <see cref="NetlinkRequestGuard"/>).</summary>
    /// <exception cref="NetlinkErrorException">socket() or bind() failed (EPROTONOSUPPORT when the protocol is not built).</exception>
    public static NetlinkSocket Open(int protocol, TimeSpan receiveTimeout)
    {
        if (ScriptedReplies.Value is { } script)
        {
            return new NetlinkSocket(-1, protocol, guarded: true, request => script(protocol, request));
        }

        return OpenSocket(protocol, receiveTimeout, guarded: true);
    }

    /// <summary>Opens a socket without the read-only guard, for test setup inside a throw-away network namespace
    /// only; the library itself never calls this.</summary>
    /// <exception cref="NetlinkErrorException">socket() or bind() failed.</exception>
    internal static NetlinkSocket OpenUnguardedForTestSetup(int protocol, TimeSpan receiveTimeout) => OpenSocket(protocol, receiveTimeout, guarded: false);

    private static NetlinkSocket OpenSocket(int protocol, TimeSpan receiveTimeout, bool guarded)
    {
        var fd = Libc.Socket(Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, protocol);
        if (fd < 0)
        {
            throw new NetlinkErrorException(Libc.LastError, $"socket(AF_NETLINK, SOCK_RAW, {protocol})");
        }

        var socket = new NetlinkSocket(fd, protocol, guarded);
        try
        {
            var address = stackalloc byte[12];
            new Span<byte>(address, 12).Clear();
            address[0] = Libc.AF_NETLINK;
            if (Libc.Bind(fd, address, 12) != 0)
            {
                throw new NetlinkErrorException(Libc.LastError, "bind(AF_NETLINK)");
            }

            var timeout = stackalloc long[2] { (long)receiveTimeout.TotalSeconds, receiveTimeout.Microseconds + (receiveTimeout.Milliseconds * 1000L) };
            _ = Libc.SetSockOpt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, timeout, 16);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static uint NextSequence() => (uint)Interlocked.Increment(ref s_sequence);

    /// <summary>Sends the request built by <paramref name="build"/> and gathers the replies, restarting an
    /// interrupted dump up to three times.</summary>
    /// <exception cref="NetlinkErrorException">The kernel refused, or send/recv failed (EAGAIN on timeout).</exception>
    /// <exception cref="NetlinkDumpInterruptedException">Every attempt was interrupted.</exception>
    public IReadOnlyList<NetlinkMessage> Request(Func<uint, byte[]> build)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return RequestOnce(build);
            }
            catch (NetlinkDumpInterruptedException) when (attempt < MaxDumpAttempts)
            {
            }
        }
    }

    private IReadOnlyList<NetlinkMessage> RequestOnce(Func<uint, byte[]> build)
    {
        var sequence = NextSequence();
        var request = build(sequence);
        if (_guarded)
        {
            NetlinkRequestGuard.EnsureReadOnly(_protocol, request);
        }

        var replies = new NetlinkReplyCollector(sequence);
        if (_scripted is not null)
        {
            foreach (var datagram in _scripted(request))
            {
                if (replies.Accept(datagram))
                {
                    return replies.Messages;
                }
            }

            throw new NetlinkErrorException(Errno.EAGAIN, "recv(netlink) timed out");
        }

        fixed (byte* bytes = request)
        {
            if (Libc.Send(_fd, bytes, (nuint)request.Length, 0) < 0)
            {
                throw new NetlinkErrorException(Libc.LastError, "send(netlink)");
            }
        }

        var buffer = new byte[ReceiveBufferSize];
        while (true)
        {
            nint received;
            fixed (byte* bytes = buffer)
            {
                received = Libc.Recv(_fd, bytes, (nuint)buffer.Length, 0);
            }

            if (received < 0)
            {
                var errno = Libc.LastError;
                if (errno == Errno.EINTR)
                {
                    continue;
                }

                throw new NetlinkErrorException(errno, errno == Errno.EAGAIN ? "recv(netlink) timed out" : "recv(netlink)");
            }

            if (replies.Accept(buffer.AsSpan(0, (int)received)))
            {
                return replies.Messages;
            }
        }
    }

    public void Dispose()
    {
        if (_fd >= 0)
        {
            _ = Libc.Close(_fd);
            _fd = -1;
        }
    }
}
