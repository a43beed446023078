using CompatRules.BuiltIn.Kubelet;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;
using static CompatRules.Rules.Tests.PackageFacts;

namespace CompatRules.Rules.Tests.Kubelet;

public class Rhel10NftCompatModulesMissingTest
{
    private const string Id = "RHEL10-NFT-COMPAT-MODULES";
    private const string Moved = "6.12.0-211.34.1.el10_2";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    /// <summary>A RHEL 10.2 node as MicroShift#7069 found it: the kernel and its kernel-modules-core, no kernel-modules-extra.</summary>
    private static Fact[] Node(string kernel = Moved) =>
        [Kernel(kernel + ".x86_64"), Rpm("kernel-modules-core", kernel), Rpm("iptables-nft", "1.8.11-11.el10"), PackagesCollected()];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("6.12.0-55.9.1.el10_0", Outcome.NotAffected)]
    [InlineData("6.12.0-124.8.1.el10_1", Outcome.NotAffected)]
    [InlineData("6.12.0-211.el10", Outcome.NotAffected)]
    [InlineData("6.12.0-211.34.1.el10", Outcome.Affected)]
    [InlineData("6.12.0-211.34.1.el10_2", Outcome.Affected)]
    [InlineData("6.12.0-211.41.1.el10_2", Outcome.Affected)]
    [InlineData("6.12.0-300.1.1.el10_3", Outcome.Affected)]
    [InlineData("5.14.0-611.5.1.el9_7", Outcome.NotAffected)]
    [InlineData("6.13.0-300.fc42", Outcome.NotAffected)]
    public void Evaluate_KernelWithoutExtra_FromTheMovedKernel(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(kernel)).Outcome);

    [Fact]
    public void Evaluate_ExtraOfRunningKernel_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Node(), Rpm("kernel-modules-extra", Moved)]).Outcome);

    [Fact]
    public void Evaluate_RtExtraOfRunningKernel_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Node(), Rpm("kernel-rt-modules-extra", Moved)]).Outcome);

    [Fact]
    public void Evaluate_ExtraOnlyOfAnOlderKernel_Affected()
        => Assert.Equal(Outcome.Affected, Evaluate([.. Node(), Rpm("kernel-modules-extra", "6.12.0-124.8.1.el10_1")]).Outcome);

    [Fact]
    public void Evaluate_NftCompatAvailable_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Node(), Loaded("nft_compat", "nf_tables")]).Outcome);

    [Fact]
    public void Evaluate_OtherModulesOnly_Affected()
        => Assert.Equal(Outcome.Affected, Evaluate([.. Node(), Loaded("nf_tables")]).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesKernelAndPackage()
        => Assert.Equal(["kernel 6.12.0-211.34.1.el10_2.x86_64 has kernel-modules-core 6.12.0-211.34.1.el10_2 but no kernel-modules-extra of that kernel, so nft_compat and xt_CT are missing."],
            Evaluate(Node()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoKernel_UnknownNamesIt()
    {
        var result = Evaluate(Node().Without("kernel"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_PackagesNotRead_UnknownNamesKernelModulesCore()
    {
        var result = Evaluate([Kernel(Moved + ".x86_64"), PackagesNotCollected()]);
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Single(result.MissingFacts);
        Assert.StartsWith("package:kernel-modules-core", result.MissingFacts[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.12.0-211.34.1.el10_2.x86_64", true)]
    [InlineData("6.12.0-211.34.1.el10_2.aarch64", true)]
    [InlineData("6.12.0-211.34.1.el10_2.x86_64+rt", true)]
    [InlineData("6.12.0-211.33.1.el10_2.x86_64", false)]
    public void IsAffectedKernel_ReadsTheRelease(string release, bool expected)
        => Assert.Equal(expected, Rhel10NftCompatModulesMissing.IsAffectedKernel(release));
}
