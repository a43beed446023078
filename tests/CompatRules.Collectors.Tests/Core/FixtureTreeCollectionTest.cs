using CompatRules.Collectors.Files;
using CompatRules.Collectors.Host;
using CompatRules.Collectors.Kernel;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Core;

/// <summary>Reads the captured trees as a pod reads the node's files under <c>/host</c>.</summary>
public class FixtureTreeCollectionTest
{
    [Theory]
    [InlineData("ubuntu-22.04", "ubuntu", "22.04", "Ubuntu 22.04.4 LTS", "debian")]
    [InlineData("rocky-9.5", "rocky", "9.5", "Rocky Linux 9.5 (Blue Onyx)", "rhel centos fedora")]
    [InlineData("centos-7.9", "centos", "7", "CentOS Linux 7 (Core)", "rhel fedora")]
    [InlineData("rhel-8", "rhel", "8.10", "Red Hat Enterprise Linux 8.10 (Ootpa)", "fedora")]
    [InlineData("debian-12", "debian", "12", "Debian GNU/Linux 12 (bookworm)", "")]
    public async Task OsRelease_FixtureHostRoot_ReadsTheNodesFile(string distro, string id, string versionId, string pretty, string idLike)
    {
        var result = await new OsReleaseCollector().CollectAsync(FixtureTree.Context(distro), CancellationToken.None);

        var os = Assert.IsType<OsRelease>(Assert.Single(result.Facts));
        Assert.Equal(id, os.Id);
        Assert.Equal(versionId, os.VersionId);
        Assert.Equal(pretty, os.PrettyName);
        Assert.Equal(idLike, string.Join(' ', os.IdLike));
        Assert.StartsWith(FixtureTree.PathOf(distro), os.Provenance.Location, StringComparison.Ordinal);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    [Fact]
    public async Task OsRelease_NoEtcFile_FallsBackToUsrLib()
    {
        var result = await new OsReleaseCollector().CollectAsync(FixtureTree.Context("debian-12"), CancellationToken.None);
        Assert.Equal(FixtureTree.PathOf("debian-12") + "/usr/lib/os-release", result.Facts[0].Provenance.Location);
    }

    [Theory]
    [InlineData("ubuntu-22.04", "5.15.0-91-generic", "/boot/config-5.15.0-91-generic", KernelOptionState.BuiltIn)]
    [InlineData("rocky-9.5", "5.14.0-503.14.1.el9_5.x86_64", "/boot/config-5.14.0-503.14.1.el9_5.x86_64", KernelOptionState.BuiltIn)]
    [InlineData("centos-7.9", "3.10.0-1160.el7.x86_64", "/boot/config-3.10.0-1160.el7.x86_64", KernelOptionState.No)]
    [InlineData("rhel-8", "4.18.0-553.el8_10.x86_64", "/lib/modules/4.18.0-553.el8_10.x86_64/config", KernelOptionState.BuiltIn)]
    [InlineData("debian-12", "6.1.0-31-amd64", "/boot/config-6.1.0-31-amd64", KernelOptionState.BuiltIn)]
    public void CollectConfig_FixtureHostRoot_UsesFirstSourceAndRecordsIt(string distro, string release, string expectedFile, KernelOptionState mptcp)
    {
        var builder = new CollectorResultBuilder();
        var reader = new HostFileReader(new HostRoot(FixtureTree.PathOf(distro)), CollectorOptions.DefaultMaxFileBytes);

        var config = KernelCollector.CollectConfig(builder, reader, release);

        Assert.NotNull(config);
        Assert.Equal(FixtureTree.PathOf(distro) + expectedFile, config.Provenance.Location);
        Assert.Equal(mptcp, config.State("MPTCP"));
        Assert.Equal(KernelOptionState.Module, config.State("CONFIG_NF_TABLES"));
    }

    [Fact]
    public void CollectModules_UbuntuTree_CombinesEverySource()
    {
        var builder = new CollectorResultBuilder();
        var reader = new HostFileReader(new HostRoot(FixtureTree.PathOf("ubuntu-22.04")), CollectorOptions.DefaultMaxFileBytes);
        var config = KernelCollector.CollectConfig(builder, reader, "5.15.0-91-generic");

        KernelCollector.CollectModules(builder, reader, "5.15.0-91-generic", config);

        var modules = Assert.IsType<KernelModules>(builder.Build().Facts[1]);
        Assert.Equal(ModuleEvidence.Loaded | ModuleEvidence.SysModule, modules.Evidence("br-netfilter"));
        Assert.Equal(ModuleEvidence.BuiltIn | ModuleEvidence.SysModule, modules.Evidence("tcp_cubic"));
        Assert.Equal(ModuleEvidence.BuiltIn, modules.Evidence("af_packet"));
        Assert.Equal(ModuleEvidence.Loaded, modules.Evidence("nft_compat"));
        Assert.False(modules.IsPresent("ip_vs"));
        Assert.Null(modules.Provenance.Detail);
    }

    [Fact]
    public void CollectModules_ConfigBuiltIn_IsEvidence()
    {
        var builder = new CollectorResultBuilder();
        var reader = new HostFileReader(new HostRoot(FixtureTree.PathOf("rocky-9.5")), CollectorOptions.DefaultMaxFileBytes);
        var config = KernelCollector.CollectConfig(builder, reader, "5.14.0-503.14.1.el9_5.x86_64");

        KernelCollector.CollectModules(builder, reader, "5.14.0-503.14.1.el9_5.x86_64", config);

        var modules = builder.Build().Facts.OfType<KernelModules>().Single();
        Assert.Equal(ModuleEvidence.BuiltIn | ModuleEvidence.ConfigBuiltIn, modules.Evidence("x_tables"));
        Assert.True(modules.IsLoaded("ip_vs"));
    }

    [Fact]
    public async Task Sysctl_UbuntuTree_ReadsValuesAndMarksMissingAsAbsent()
    {
        var result = await new SysctlCollector().CollectAsync(FixtureTree.Context("ubuntu-22.04"), CancellationToken.None);

        var sysctls = result.Facts.OfType<Sysctl>().ToDictionary(s => s.Name, s => s.Value);
        Assert.Equal("0", sysctls["net.ipv4.vs.conn_reuse_mode"]);
        Assert.Equal("1", sysctls["net.ipv4.ip_forward"]);
        Assert.Equal("1", sysctls["net.bridge.bridge-nf-call-iptables"]);
        Assert.Null(sysctls["net.bridge.bridge-nf-call-ip6tables"]);
        var absent = Assert.Single(result.Statuses, s => s.State == CollectionState.Absent);
        Assert.Equal("sysctl:net.bridge.bridge-nf-call-ip6tables", absent.Subject);
    }

    [Fact]
    public async Task Capabilities_UbuntuTree_ParsesCapEff()
    {
        var result = await new CapabilitiesCollector().CollectAsync(FixtureTree.Context("ubuntu-22.04"), CancellationToken.None);

        var caps = Assert.IsType<ProcessCapabilities>(Assert.Single(result.Facts));
        Assert.Equal(0x000001ffffffffffUL, caps.Effective);
        Assert.True(caps.Has(ProcessCapabilities.NetAdmin));
    }

    [Theory]
    [InlineData("net.ipv4.ip_forward", "/proc/sys/net/ipv4/ip_forward")]
    [InlineData("net.bridge.bridge-nf-call-iptables", "/proc/sys/net/bridge/bridge-nf-call-iptables")]
    public void PathOf_SysctlName_GivesProcSysPath(string name, string expected)
    {
        Assert.Equal(expected, SysctlCollector.PathOf(name));
    }
}
