using Acme.NetworkRules;
using CompatRules.Facts;
using CompatRules.Testing;
using Xunit;

namespace Acme.NetworkRules.Tests;

public class NicDropsVxlanOnOldKernelsTest
{
    private static readonly RuleTester Tester = RuleTester.For<NicDropsVxlanOnOldKernels>();

    private static FactSet Node(string kernel) => FactSet.Create(KernelInfo.FromRelease(kernel), new NetworkInterface("vxlan.calico", "vxlan", "eth0"));

    [Theory]
    [InlineData("5.4.0-150-generic")]
    [InlineData("5.9.16")]
    [InlineData("3.10.0-1160.el7.x86_64")]
    public void Evaluate_KernelBefore510WithVxlan_IsAffected(string kernel)
        => Tester.AssertAffected(Node(kernel), "kernel", "interface:vxlan.calico");

    [Theory]
    [InlineData("5.10.0")]
    [InlineData("5.10.0-28-amd64")]
    [InlineData("6.8.0-31-generic")]
    public void Evaluate_Kernel510OrLater_IsNotAffected(string kernel) => Tester.AssertNotAffected(Node(kernel));

    [Fact]
    public void Evaluate_NoVxlanDevice_IsNotAffected()
        => Tester.AssertNotAffected(FactSet.Create(KernelInfo.FromRelease("5.4.0"), new NetworkInterface("eth0", null)));

    [Fact]
    public void Evaluate_KernelUnknown_IsUnknownNamingIt()
        => Tester.AssertUnknown(FactSet.Create(new NetworkInterface("vxlan.calico", "vxlan")), "kernel");

    [Fact]
    public void Evaluate_InterfacesUnknown_IsUnknownNamingThem()
        => Tester.AssertUnknown(FactSet.Create(KernelInfo.FromRelease("5.4.0")), "interface:*");
}
