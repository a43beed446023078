using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.Benchmarks.Scaling;

/// <summary>An equality join between two fact types: every component joined to its settings named <c>mode</c>.</summary>
[RuleId("BENCH-JOIN")]
public sealed class JoinRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion component = null!;
        ComponentSetting setting = null!;
        When()
            .Match(() => component)
            .Match(() => setting, s => s.Component == component.Component, s => s.Name == "mode");
        Then().Do(ctx => ctx.Note("joined"));
    }
}
