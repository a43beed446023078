using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Collectors.Tests.Containers;

/// <summary>Secrets in container environments do not leave the node (issue 14, defect 7): values of secret-looking
/// names are redacted before they become settings, so they are in no snapshot.</summary>
public sealed class SecretSettingsTest : IDisposable
{
    private const string Psk = "Zm9vYmFyLXByZS1zaGFyZWQta2V5";
    private const string Token = "eyJhbGciOiJSUzI1NiIsImtpZCI6InN1Ym1hcmluZXIifQ";
    private const string Pem = "-----BEGIN PRIVATE KEY-----MIIEvQ";
    private readonly FaultTree _tree = new();

    [LinuxFact]
    public void Collect_SubmarinerGateway_RedactsPskAndTokenKeepsTheRest()
    {
        _tree.Write("/run/containerd/io.containerd.runtime.v2.task/k8s.io/abc/config.json", $$$"""
            {"process": {"env": ["CE_IPSEC_PSK={{{Psk}}}", "BROKER_K8S_APISERVERTOKEN={{{Token}}}", "SUBMARINER_CLUSTERID=east", "CE_IPSEC_DEBUG=false", "TLS_BUNDLE={{{Pem}}}"]},
             "annotations": {"io.kubernetes.cri.container-type": "container", "io.kubernetes.cri.container-name": "submariner-gateway",
               "io.kubernetes.cri.image-name": "quay.io/submariner/submariner-gateway:0.16.2",
               "io.kubernetes.cri.sandbox-namespace": "submariner-operator", "io.kubernetes.cri.sandbox-name": "submariner-gateway-x"}}
            """);

        var result = new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

        var settings = result.Facts.OfType<ComponentSetting>().ToDictionary(s => s.Name, s => s.Value);
        Assert.Equal(SecretSettings.Redacted, settings["CE_IPSEC_PSK"]);
        Assert.Equal(SecretSettings.Redacted, settings["BROKER_K8S_APISERVERTOKEN"]);
        Assert.Equal(SecretSettings.Redacted, settings["TLS_BUNDLE"]);
        Assert.Equal("east", settings["SUBMARINER_CLUSTERID"]);
        Assert.Equal("false", settings["CE_IPSEC_DEBUG"]);
        var snapshot = FactSnapshot.Serialize(FactSet.Create("node", [.. result.Facts, .. result.Statuses]));
        Assert.DoesNotContain(Psk, snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN PRIVATE KEY", snapshot, StringComparison.Ordinal);
        Assert.Contains("CE_IPSEC_PSK", snapshot, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CE_IPSEC_PSK", true)]
    [InlineData("BROKER_K8S_APISERVERTOKEN", true)]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("AWS_SECRET_ACCESS_KEY", true)]
    [InlineData("apiKey", true)]
    [InlineData("GOOGLE_APPLICATION_CREDENTIALS", true)]
    [InlineData("FELIX_IPTABLESBACKEND", false)]
    [InlineData("ENABLE_TPROXY", false)]
    [InlineData("GODEBUG", false)]
    [InlineData("CALICO_IPV4POOL_VXLAN", false)]
    public void IsSecretName_ByNamePart(string name, bool secret)
    {
        Assert.Equal(secret, SecretSettings.IsSecretName(name));
    }

    public void Dispose() => _tree.Dispose();
}
