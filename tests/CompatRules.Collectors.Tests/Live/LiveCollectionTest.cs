using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Live;

/// <summary>A full collection on this machine with the default collectors.</summary>
public class LiveCollectionTest
{
    [LinuxFact]
    public async Task CollectAsync_ThisMachine_GivesEveryFactFamily()
    {
        var options = new CollectorOptions();

        var result = await FactCollection.CollectAsync(DefaultCollectors.Create(options), options, CancellationToken.None);

        Assert.Equal(["kernel", "os-release", "sysctl", "capabilities", "socket-probes", "iptables", "interfaces", "containers", "packages"], result.Runs.Select(r => r.Name));
        Assert.All(result.Runs, r => Assert.Equal(CollectionState.Collected, r.State));

        // Components come from containerd's task directories: on a machine without containerd they are NotCollected.
        var runsContainerd = CompatRules.Collectors.Containers.ContainerImageCollector.TaskDirectories.Any(Directory.Exists);
        var components = result.Facts.OfType<CollectionStatus>().Single(s => s.Subject == ComponentVersion.KeyPrefix + "*");
        Assert.Equal(runsContainerd ? CollectionState.Collected : CollectionState.NotCollected, components.State);
        // Packages come from dpkg's status or rpmdb.sqlite: this machine's real database must parse.
        var hasDatabase = File.Exists("/var/lib/dpkg/status") || File.Exists("/var/lib/rpm/rpmdb.sqlite");
        Assert.Equal(hasDatabase ? CollectionState.Collected : CollectionState.NotCollected, result.Facts.OfType<CollectionStatus>().Single(s => s.Subject == HostPackage.KeyPrefix + "*").State);
        Assert.Equal(File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), result.Facts.OfType<KernelInfo>().Single().Release);
        Assert.Contains(result.Facts.OfType<NetworkInterface>(), i => i.Name == "lo");
        Assert.Single(result.Facts.OfType<SocketCapability>(), s => s.Probe == SocketProbes.Mptcp);
        var iptables = result.Facts.OfType<IptablesMode>().Single();
        Assert.NotEmpty(iptables.Evidence);
        Assert.StartsWith(Environment.IsPrivilegedProcess ? "iptables-wrappers v3" : "undecided", iptables.DecisionPath, StringComparison.Ordinal);
        Assert.All(result.Facts.OfType<CollectionStatus>(), s => Assert.NotEqual(CollectionState.Error, s.State));
    }
}
