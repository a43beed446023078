namespace CompatRules.Collectors.Tests.Core;

public class HostRootTest
{
    [Theory]
    [InlineData("/", "/proc/modules", "/proc/modules")]
    [InlineData("/host", "/proc/modules", "/host/proc/modules")]
    [InlineData("/host/", "/etc/os-release", "/host/etc/os-release")]
    [InlineData("//", "/etc/os-release", "/etc/os-release")]
    public void Resolve_AbsolutePath_PutsItUnderTheRoot(string root, string path, string expected)
    {
        Assert.Equal(expected, new HostRoot(root).Resolve(path));
    }

    [Fact]
    public void Constructor_RelativeRoot_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new HostRoot("host"));
        Assert.Contains("'host' is not an absolute path", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RelativePath_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HostRoot("/host").Resolve("proc/modules"));
    }
}
