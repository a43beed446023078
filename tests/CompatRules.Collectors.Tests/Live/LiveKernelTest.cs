using CompatRules.Collectors.Host;
using CompatRules.Collectors.Kernel;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Live;

/// <summary>Compares the collectors with what this machine's kernel and files say.</summary>
public class LiveKernelTest
{
    private static readonly CollectorContext Context = new(new CollectorOptions());

    [LinuxFact]
    public async Task Kernel_ThisMachine_ReleaseEqualsProcOsrelease()
    {
        var result = await new KernelCollector().CollectAsync(Context, CancellationToken.None);

        var kernel = result.Facts.OfType<KernelInfo>().Single();
        Assert.Equal(File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), kernel.Release);
        Assert.Equal(SourceKind.Syscall, kernel.Provenance.Kind);
        Assert.False(string.IsNullOrEmpty(kernel.Architecture));
    }

    [LinuxFact]
    public async Task Kernel_ThisMachine_ConfigComesFromProcConfigGzWhenPresent()
    {
        var result = await new KernelCollector().CollectAsync(Context, CancellationToken.None);

        var config = result.Facts.OfType<KernelConfig>().SingleOrDefault();
        if (File.Exists("/proc/config.gz"))
        {
            Assert.NotNull(config);
            Assert.Equal("/proc/config.gz", config.Provenance.Location);
            Assert.True(config.Options.ContainsKey("CONFIG_NET"));
        }
        else
        {
            Assert.Null(config);
        }
    }

    [LinuxFact]
    public async Task OsRelease_ThisMachine_IdEqualsEtcOsReleaseId()
    {
        var expected = File.ReadLines("/etc/os-release").Single(l => l.StartsWith("ID=", StringComparison.Ordinal))[3..].Trim('"');

        var result = await new OsReleaseCollector().CollectAsync(Context, CancellationToken.None);

        Assert.Equal(expected, result.Facts.OfType<OsRelease>().Single().Id);
    }

    [LinuxFact]
    public async Task Capabilities_ThisMachine_MatchesProcSelfStatus()
    {
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("CapEff:", StringComparison.Ordinal));
        var expected = Convert.ToUInt64(line[7..].Trim(), 16);

        var result = await new CapabilitiesCollector().CollectAsync(Context, CancellationToken.None);

        Assert.Equal(expected, result.Facts.OfType<ProcessCapabilities>().Single().Effective);
    }
}
