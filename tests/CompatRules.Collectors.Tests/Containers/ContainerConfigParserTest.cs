using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Files;

namespace CompatRules.Collectors.Tests.Containers;

public class ContainerConfigParserTest
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "containerd", name));

    [Fact]
    public void Parse_ContainerdConfig_ReadsTheCriAnnotationsAndEnvironment()
    {
        var config = ContainerConfigParser.Parse(Fixture("calico-node.config.json"), "config.json");

        Assert.Equal(("container", "calico-node", "docker.io/calico/node:v3.28.1", "kube-system", "calico-node-8xq2d"),
            (config.Type, config.Name, config.Image, config.PodNamespace, config.PodName));
        Assert.False(config.IsSandbox);
        Assert.Equal(8, config.Environment.Count);
        Assert.Contains(new KeyValuePair<string, string>("FELIX_IPTABLESBACKEND", "Auto"), config.Environment);
    }

    [Fact]
    public void Parse_PauseSandbox_IsASandboxWithoutImage()
    {
        var config = ContainerConfigParser.Parse(Fixture("pause-sandbox.config.json"), "config.json");

        Assert.True(config.IsSandbox);
        Assert.Null(config.Image);
    }

    [Theory]
    [InlineData("""{"process": {"env": ["A=b=c", "NOEQUALS", 7, "=x"]}}""", "A", "b=c")]
    public void Parse_OddEnvironmentEntries_KeepsOnlyNameValuePairs(string json, string name, string value)
        => Assert.Equal([new KeyValuePair<string, string>(name, value)], ContainerConfigParser.Parse(json, "config.json").Environment);

    [Theory]
    [InlineData("", 1)]
    [InlineData("[1, 2]", 1)]
    [InlineData("{\n  \"annotations\": {\n    \"io.kubernetes.cri.image-name\": ", 3)]
    public void Parse_NotAnObject_ThrowsWithFileAndLine(string json, int line)
    {
        var e = Assert.Throws<CollectorParseException>(() => ContainerConfigParser.Parse(json, "/run/x/config.json"));

        Assert.Equal(("/run/x/config.json", line), (e.File, e.Line));
        Assert.StartsWith($"/run/x/config.json:{line}: not a container config", e.Message, StringComparison.Ordinal);
    }
}
