using CompatRules.Collectors.Files;
using CompatRules.Collectors.Host;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Safety;

/// <summary>Every path is resolved inside the host root, links included, with <c>openat2(RESOLVE_IN_ROOT)</c> and
/// with the component-by-component fallback (issue 14, defect 2): absolute links are re-rooted, <c>..</c> stops at
/// the root, loops end in ELOOP, and a file outside the root is never read.</summary>
public sealed class ConfinementTest : IDisposable
{
    private const string Secret = "s3cr3t-outside-the-root";
    private readonly FaultTree _tree = new();
    private readonly string _outside = Directory.CreateTempSubdirectory("compatrules-outside-").FullName;

    public ConfinementTest()
    {
        File.WriteAllText(Path.Combine(_outside, "secret"), Secret + "\n");
    }

    public static TheoryData<bool> Resolvers() => new(false, true);

    [LinuxTheory]
    [MemberData(nameof(Resolvers))]
    public void ReadText_AbsoluteLinkOutOfTheRoot_IsReRootedAndNotRead(bool walkOnly)
    {
        _tree.Link("/proc/sys/net/ipv4/ip_forward", Path.Combine(_outside, "secret"));

        var read = Reader(walkOnly).ReadText("/proc/sys/net/ipv4/ip_forward");

        Assert.Equal(CollectionState.Absent, read.State);
        Assert.Null(read.Text);
        Assert.DoesNotContain(Secret, read.Reason, StringComparison.Ordinal);
    }

    [LinuxTheory]
    [MemberData(nameof(Resolvers))]
    public void ReadText_RelativeLinkClimbingAboveTheRoot_StopsAtTheRoot(bool walkOnly)
    {
        var climb = string.Concat(Enumerable.Repeat("../", 20)) + _outside.TrimStart('/') + "/secret";
        _tree.Link("/etc/os-release", climb);

        var read = Reader(walkOnly).ReadText("/etc/os-release");

        Assert.Equal(CollectionState.Absent, read.State);
        Assert.Null(read.Text);
    }

    [LinuxTheory]
    [MemberData(nameof(Resolvers))]
    public void ReadText_AbsoluteLinkWithinTheTree_ReadsTheHostsFileNotTheCollectorsOwn(bool walkOnly)
    {
        _tree.Write("/usr/lib/os-release", "ID=hostos\n");
        _tree.Link("/etc/os-release", "/usr/lib/os-release");
        _tree.Link("/proc/self", "4242");
        _tree.Write("/proc/4242/status", "CapEff:\t0000000000003000\n");

        var reader = Reader(walkOnly);

        Assert.Equal("ID=hostos\n", reader.ReadText("/etc/os-release").Text);
        Assert.Equal("CapEff:\t0000000000003000\n", reader.ReadText("/proc/self/status").Text);
    }

    [LinuxTheory]
    [MemberData(nameof(Resolvers))]
    public void ReadText_LinkLoop_IsEloop(bool walkOnly)
    {
        _tree.SymlinkLoop("/proc/modules");
        _tree.Link("/etc/os-release", "/etc/os-release");

        var reader = Reader(walkOnly);

        Assert.Contains("ELOOP", reader.ReadText("/proc/modules").Reason, StringComparison.Ordinal);
        Assert.Equal(CollectionState.Error, reader.ReadText("/etc/os-release").State);
    }

    [LinuxPrivilegedTheory]
    [MemberData(nameof(Resolvers))]
    public void ReadText_LinkToRootOnlyFiles_InsideIsPermissionDeniedOutsideIsNotFollowed(bool walkOnly)
    {
        _tree.Unreadable("/root/secret", Secret);
        _tree.Link("/proc/sys/net/ipv4/ip_forward", "/root/secret");
        _tree.Link("/proc/sys/net/mptcp/enabled", "/etc/shadow");

        var (inside, outside) = ThreadCapabilities.RunWithout([1, 2], () =>
        {
            var reader = Reader(walkOnly);
            return (reader.ReadText("/proc/sys/net/ipv4/ip_forward"), reader.ReadText("/proc/sys/net/mptcp/enabled"));
        });

        Assert.Equal((CollectionState.PermissionDenied, $"{_tree.Root}/proc/sys/net/ipv4/ip_forward: EACCES"), (inside.State, inside.Reason));
        Assert.Equal(CollectionState.Absent, outside.State);
    }

    [LinuxTheory]
    [MemberData(nameof(Resolvers))]
    public void ListDirectory_LinkOutOfTheRoot_ListsNothingOutside(bool walkOnly)
    {
        _tree.Link("/sys/module", _outside);

        var listing = Reader(walkOnly).ListDirectory("/sys/module");

        Assert.Equal(CollectionState.Absent, listing.State);
        Assert.Empty(listing.Entries);
    }

    [LinuxFact]
    public async Task SysctlCollector_LinkToASecret_PutsNoSecretInTheSnapshot()
    {
        _tree.Link("/proc/sys/net/ipv4/ip_forward", Path.Combine(_outside, "secret"));

        var result = await new SysctlCollector().CollectAsync(_tree.Context(), CancellationToken.None);

        Assert.DoesNotContain(result.Facts.OfType<Sysctl>(), s => s.Value?.Contains(Secret, StringComparison.Ordinal) == true);
        Assert.Equal(CollectionState.Absent, result.Statuses.Single(s => s.Subject == "sysctl:net.ipv4.ip_forward").State);
    }

    [Theory]
    [InlineData("net/ipv4/ip_forward")]
    [InlineData("net.ipv4..ip_forward")]
    [InlineData("..")]
    [InlineData(".net.ipv4")]
    [InlineData("net.ipv4.ip_forward\0")]
    public void CollectorContext_SysctlNameThatIsAPath_IsRejectedNamingTheEntry(string name)
    {
        var options = new CollectorOptions();
        options.Sysctls.Add(name);

        var e = Assert.Throws<ArgumentException>(() => new CollectorContext(options));

        Assert.Contains($"CollectorOptions.Sysctls[5] '{name}' is not a sysctl name", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _tree.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private HostFileReader Reader(bool walkOnly) => new(new HostRoot(_tree.Root), CollectorOptions.DefaultMaxFileBytes, walkOnly);
}
