using System.Text.RegularExpressions;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>samples/daemonset: the manifest's privileges, mounts and command line, checked against the README and the
/// CLI's own parser.</summary>
public class DaemonSetManifestTest
{
    private const string FeaturesDirectory = "/etc/kubernetes/node-feature-discovery/features.d";

    private static readonly string SampleDirectory = Path.GetFullPath(Path.Combine(GoldenOutputTest.ProjectDirectory(), "..", "..", "samples", "daemonset"));

    private static readonly Dictionary<string, object?> DaemonSet = YamlLite.ParseDocuments(File.ReadAllText(Path.Combine(SampleDirectory, "daemonset.yaml")))
        .Cast<Dictionary<string, object?>>()
        .Single(d => (string?)d["kind"] == "DaemonSet");

    private static Dictionary<string, object?> PodSpec => Map(Map(Map(DaemonSet, "spec"), "template"), "spec");

    private static Dictionary<string, object?> Container => Assert.Single(List(PodSpec, "containers")).AsMap();

    [Fact]
    public void Manifest_Namespace_OwnNamespaceAllowedByPodSecurity()
    {
        var documents = YamlLite.ParseDocuments(File.ReadAllText(Path.Combine(SampleDirectory, "daemonset.yaml"))).Cast<Dictionary<string, object?>>().ToList();
        var ns = Assert.Single(documents, d => (string?)d["kind"] == "Namespace");
        Assert.Equal("compatrules", Map(ns, "metadata")["name"]);
        Assert.Equal("privileged", Map(Map(ns, "metadata"), "labels")["pod-security.kubernetes.io/enforce"]);
        Assert.Equal("compatrules", Map(DaemonSet, "metadata")["namespace"]);
    }

    [Fact]
    public void Manifest_PodSpec_HostNetworkWithoutHostPidOrServiceAccountToken()
    {
        Assert.Equal("true", PodSpec["hostNetwork"]);
        Assert.Equal("false", PodSpec["hostPID"]);
        Assert.Equal("false", PodSpec["automountServiceAccountToken"]);
        Assert.False(PodSpec.ContainsKey("hostIPC"));
    }

    [Fact]
    public void Manifest_HostPathMounts_ReadOnlyExceptTheFeaturesDirectory()
    {
        var hostPaths = List(PodSpec, "volumes").Select(v => v.AsMap()).Where(v => v.ContainsKey("hostPath"))
            .ToDictionary(v => (string)v["name"]!, v => (string)Map(v, "hostPath")["path"]!);
        var mounts = List(Container, "volumeMounts").Select(m => m.AsMap()).Where(m => hostPaths.ContainsKey((string)m["name"]!)).ToList();

        Assert.Equal(["/", FeaturesDirectory], hostPaths.Values.Order(StringComparer.Ordinal));
        Assert.Equal(hostPaths.Count, mounts.Count);
        var writable = Assert.Single(mounts, m => (string?)m.GetValueOrDefault("readOnly") != "true");
        Assert.Equal(FeaturesDirectory, hostPaths[(string)writable["name"]!]);
        Assert.Equal(FeaturesDirectory, writable["mountPath"]);
        var hostRoot = Assert.Single(mounts, m => hostPaths[(string)m["name"]!] == "/");
        Assert.Equal("/host", hostRoot["mountPath"]);
        Assert.Equal("IfPossible", hostRoot["recursiveReadOnly"]);
        Assert.DoesNotContain(mounts, m => m.ContainsKey("mountPropagation"));
    }

    [Fact]
    public void Manifest_Capabilities_ExactlyTheOnesTheReadmeExplains()
    {
        var security = Map(Container, "securityContext");
        var capabilities = Map(security, "capabilities");
        Assert.Equal(["ALL"], List(capabilities, "drop"));
        Assert.Equal(["NET_ADMIN", "NET_RAW"], List(capabilities, "add"));
        var documented = Regex.Matches(File.ReadAllText(Path.Combine(SampleDirectory, "README.md")), @"^\| `([A-Z_]+)` \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);
        Assert.Equal(List(capabilities, "add").Cast<string>(), documented);
    }

    [Fact]
    public void Manifest_SecurityContext_RootOnlyForCapabilitiesOtherwiseLockedDown()
    {
        var security = Map(Container, "securityContext");
        Assert.Equal("0", security["runAsUser"]);
        Assert.Equal("false", security["privileged"]);
        Assert.Equal("false", security["allowPrivilegeEscalation"]);
        Assert.Equal("true", security["readOnlyRootFilesystem"]);
        Assert.Equal("RuntimeDefault", Map(security, "seccompProfile")["type"]);
        var resources = Map(Container, "resources");
        Assert.Equal(["cpu", "memory"], Map(resources, "limits").Keys);
        Assert.Equal(["cpu", "memory"], Map(resources, "requests").Keys);
    }

    [Fact]
    public void Manifest_NodeNameVariable_IsTheNodesNameFromTheDownwardApi()
    {
        var variable = Assert.Single(List(Container, "env").Select(e => e.AsMap()), e => (string?)e["name"] == "NODE_NAME");
        Assert.Equal("spec.nodeName", Map(Map(variable, "valueFrom"), "fieldRef")["fieldPath"]);
    }

    [Fact]
    public void Manifest_CommandLine_IsAcceptedByTheCliAndWritesNfdLabelsWhereTheMountIs()
    {
        var script = (string)Assert.Single(List(Container, "args"))!;
        Assert.Contains("sleep \"${INTERVAL_SECONDS}\"", script);
        Assert.Contains(List(Container, "env").Select(e => e.AsMap()), e => (string?)e["name"] == "INTERVAL_SECONDS" && int.Parse((string)e["value"]!) >= 60);
        var words = Assert.Single(script.Split('\n').Select(l => l.Trim()), l => l.StartsWith("compatrules ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["compatrules", "check", "--host-root", "/host", "--format", "nfd", "-o", FeaturesDirectory + "/compatrules"], words);

        var directory = Directory.CreateTempSubdirectory("compatrules-daemonset-");
        try
        {
            // The same arguments, with the output moved from the node's features directory into a temporary one.
            var args = words.Skip(1).Select(w => w == FeaturesDirectory + "/compatrules" ? Path.Combine(directory.FullName, "compatrules") : w).ToArray();
            string? hostRoot = null;
            var services = new CliServices
            {
                Engine = TestEngine.Create(),
                LocalFacts = root =>
                {
                    hostRoot = root;
                    return new InMemorySource("local", [TestEngine.Node("worker-1", kubeProxy: "v1.29.2")]);
                },
                Clock = new FixedClock(GoldenOutputTest.Now),
            };
            var run = CliRun.With(services, args);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("/host", hostRoot);
            Assert.Equal(string.Empty, run.Stdout);
            Assert.Equal(
                "# +expiry-time=2025-01-02T12:00:00Z\ncompatrules.io/test-calico-bpf=not-applicable\ncompatrules.io/test-kernel-old=not-affected\ncompatrules.io/test-proxy-old=affected\n",
                File.ReadAllText(Path.Combine(directory.FullName, "compatrules")));
            Assert.Equal(["compatrules"], directory.GetFiles().Select(f => f.Name));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Nfd_BuiltInRules_ValidLabelNamesAndValuesUnderNfdsFileLimit()
    {
        var run = CliRun.Default("check", "--format", "nfd");
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Matches("^# \\+expiry-time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", lines[0]);
        lines = lines[1..];
        Assert.Equal(CompatEngine.Default.Rules.Length, lines.Length);
        var label = new Regex("^compatrules\\.io/(?<name>[a-z0-9]([-a-z0-9_.]*[a-z0-9])?)=(?<value>[a-z0-9]([-a-z0-9_.]*[a-z0-9])?)$");
        Assert.All(lines, l => Assert.Matches(label, l));
        Assert.All(lines, l => Assert.True(label.Match(l).Groups["name"].Length <= 63, l));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(run.Stdout) < 64 * 1024);
    }

    [Fact]
    public void Dockerfile_PublishesTheCliAndLinksTheCommandName()
    {
        var dockerfile = File.ReadAllText(Path.Combine(SampleDirectory, "Dockerfile"));
        Assert.Contains("RUN dotnet publish src/CompatRules.Cli -c Release -o /app\n", dockerfile);
        Assert.Contains("RUN ln -s /app/CompatRules.Cli /usr/local/bin/compatrules\n", dockerfile);
        Assert.Contains("ENTRYPOINT [\"compatrules\"]\n", dockerfile);
    }

    private static Dictionary<string, object?> Map(Dictionary<string, object?> map, string key) => map[key].AsMap();

    private static List<object?> List(Dictionary<string, object?> map, string key) => Assert.IsType<List<object?>>(map[key]);
}

