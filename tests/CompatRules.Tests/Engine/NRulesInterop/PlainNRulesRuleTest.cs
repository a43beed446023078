using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine.NRulesInterop;

/// <summary>A rule written for NRules alone loads through AddRule&lt;T&gt;() and reports: id from NRules' name,
/// default severity, Affected when it fires, NotAffected when present facts fail it, Unknown naming the fact type
/// when a positive pattern has no fact.</summary>
public class PlainNRulesRuleTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder()
        .AddRule<PreferredCustomerDiscountRule>()
        .AddRule<AcmeOldKernelRule>()
        .Build();

    private static readonly string DiscountId = typeof(PreferredCustomerDiscountRule).FullName!;

    [Fact]
    public void Build_PlainRules_TakeIdAndMetadataFromNRules()
    {
        var discount = Engine.Rules.Single(r => r.Id == DiscountId);
        var acme = Engine.Rules.Single(r => r.Id == "Acme.OldKernel");

        Assert.Equal(Severity.Medium, discount.Severity);
        Assert.Equal(typeof(PreferredCustomerDiscountRule), discount.RuleType);
        Assert.Equal(("Kernels before 4.0 are out of support at ACME", 5), (acme.Description, acme.Priority));
        Assert.Equal(["acme"], acme.Tags.ToArray());
        Assert.Contains(Engine.Definitions, d => d.Name == "Acme.OldKernel");
    }

    [Fact]
    public void Evaluate_PreferredCustomerWithOpenOrder_IsAffectedAndTheActionRan()
    {
        var customer = new Customer("ada") { IsPreferred = true };
        var order = new Order(1, customer, 200);

        var result = Engine.Evaluate(FactSet.Create(customer, order, new Order(2, new Customer("bob"), 50)))[DiscountId]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Evidence, e => e.Key == "customer:ada");
        Assert.Equal(20.0, order.Discount);
    }

    [Fact]
    public void Evaluate_CustomerNotPreferred_IsNotAffected()
    {
        var customer = new Customer("ada");

        var result = Engine.Evaluate(FactSet.Create(customer, new Order(1, customer, 200)))[DiscountId]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NoCustomer_IsUnknownNamingTheFactType()
    {
        var result = Engine.Evaluate(FactSet.Empty)[DiscountId]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["Customer"], result.MissingFacts.ToArray());
    }

    [Theory]
    [InlineData("3.10.0-1160.el7.x86_64", Outcome.Affected)]
    [InlineData("4.0.0", Outcome.NotAffected)]
    public void Evaluate_PlainRuleOverCompatRulesFacts_DecidesByItsCondition(string kernel, Outcome expected)
        => Assert.Equal(expected, Engine.Evaluate(FactSet.Create(KernelInfo.FromRelease(kernel)))["Acme.OldKernel"]!.Outcome);

    [Fact]
    public void Evaluate_PlainRuleWithoutKernel_IsUnknownNamingKernel()
        => Assert.Equal(["kernel"], Engine.Evaluate(FactSet.Empty)["Acme.OldKernel"]!.MissingFacts.ToArray());
}
