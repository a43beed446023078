using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.Tests.Engine.NRulesInterop;

// The rule below is NRules' own example (README of NRules/NRules, "Getting Started"), copied as written: no
// CompatRules attribute, no CompatRules DSL. Its domain types derive from Fact only so that a FactSet can hold them.

public sealed record Customer(string Name) : Fact
{
    public bool IsPreferred { get; set; }

    public override string Key => "customer:" + Name;
}

public sealed record Order(int Id, Customer Customer, double Amount) : Fact
{
    public bool IsOpen { get; set; } = true;

    public bool IsDiscounted { get; set; }

    public double Discount { get; private set; }

    public void ApplyDiscount(double percent)
    {
        Discount = Amount * percent / 100;
        IsDiscounted = true;
    }

    public override string Key => "order:" + Id;
}

public class PreferredCustomerDiscountRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        IEnumerable<Order> orders = default!;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Query(() => orders, x => x
                .Match<Order>(
                    o => o.Customer == customer,
                    o => o.IsOpen,
                    o => !o.IsDiscounted)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Do(ctx => ApplyDiscount(orders, 10.0))
            .Do(ctx => ctx.UpdateAll(orders));
    }

    private static void ApplyDiscount(IEnumerable<Order> orders, double discount)
    {
        foreach (var order in orders)
        {
            order.ApplyDiscount(discount);
        }
    }
}

/// <summary>A plain NRules rule using NRules' own metadata attributes, over CompatRules' facts.</summary>
[Name("Acme.OldKernel"), Description("Kernels before 4.0 are out of support at ACME"), Tag("acme"), Priority(5)]
public class AcmeOldKernelRule : Rule
{
    public override void Define()
    {
        KernelInfo kernel = default!;

        When()
            .Match(() => kernel, k => k.Version.Major < 4);

        Then()
            .Do(ctx => Console.Out.Flush());
    }
}
