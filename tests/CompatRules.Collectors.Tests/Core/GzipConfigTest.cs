using System.IO.Compression;
using System.Text;
using CompatRules.Collectors.Files;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Core;

/// <summary>A multi-member gzip <c>/proc/config.gz</c> (valid: <c>zcat</c> reads every member) is read whole, and
/// a truncated one is still an error (issue 14, defect 6).</summary>
public sealed class GzipConfigTest : IDisposable
{
    private readonly FaultTree _tree = new();

    [LinuxFact]
    public void ReadText_MultiMemberGzip_IsReadWhole()
    {
        _tree.WriteBytes("/proc/config.gz", [.. Gzip("CONFIG_MPTCP=y\n"), .. Gzip("CONFIG_NF_TABLES=m\n")]);

        var read = Reader().ReadText("/proc/config.gz", gzip: true);

        Assert.Equal((CollectionState.Collected, "CONFIG_MPTCP=y\nCONFIG_NF_TABLES=m\n"), (read.State, read.Text));
    }

    [LinuxFact]
    public void ReadText_MultiMemberGzipWithTheLastMemberCut_IsAnError()
    {
        var second = Gzip(string.Concat(Enumerable.Range(0, 500).Select(i => $"CONFIG_OPTION_{i}=y\n")));
        _tree.WriteBytes("/proc/config.gz", [.. Gzip("CONFIG_MPTCP=y\n"), .. second[..(second.Length / 2)]]);

        var read = Reader().ReadText("/proc/config.gz", gzip: true);

        Assert.Equal(CollectionState.Error, read.State);
        Assert.Contains("the gzip stream is truncated or corrupt", read.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _tree.Dispose();

    private HostFileReader Reader() => new(new HostRoot(_tree.Root), CollectorOptions.DefaultMaxFileBytes);

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.ASCII.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
