using CompatRules.Engine.Running;
using CompatRules.Facts;
using NRules.RuleModel;

namespace CompatRules.Dsl;

/// <summary>CompatRules' actions over NRules' <see cref="IContext"/>: notes on a finding, and provenance for derived facts.</summary>
public static class ContextExtensions
{
    /// <summary>Adds a line to this firing's finding, such as which evidence decided it. Shown once per rule, in firing order.</summary>
    /// <param name="context">The action context.</param>
    /// <param name="text">The note.</param>
    /// <exception cref="InvalidOperationException">The rule runs in a plain NRules session, not through a CompatRules engine.</exception>
    public static void Note(this IContext context, string text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        EvaluationJournal.Of(context).Note(context, text);
    }

    /// <summary>The provenance of a fact this firing derives: the rule's id (its NRules name) and the keys of the facts it matched.</summary>
    /// <param name="context">The action context.</param>
    /// <returns>The provenance, of kind <see cref="SourceKind.Derived"/>.</returns>
    public static Provenance DerivedProvenance(this IContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sources = context.Match.Facts.Select(f => f.Value is Fact fact ? fact.Key : f.Value?.GetType().Name).Where(k => k is not null).Distinct(StringComparer.Ordinal);
        var from = string.Join(", ", sources);
        return new Provenance(SourceKind.Derived, context.Rule.Name, from.Length == 0 ? null : "from " + from);
    }

    /// <summary>The fact this firing derives, with <see cref="DerivedProvenance"/> as its provenance:
    /// <c>Then().Yield(ctx =&gt; ctx.Derived(new HostIptablesBackend(...)))</c>. (An object initializer in the
    /// expression would do the same, but binds the property by reflection, which a Native AOT build warns about.)</summary>
    /// <typeparam name="TFact">The derived fact's type.</typeparam>
    /// <param name="context">The action context.</param>
    /// <param name="fact">The derived fact.</param>
    /// <returns>A copy of <paramref name="fact"/> with the derived provenance.</returns>
    public static TFact Derived<TFact>(this IContext context, TFact fact) where TFact : Fact
    {
        ArgumentNullException.ThrowIfNull(fact);
        return (TFact)((Fact)fact with { Provenance = context.DerivedProvenance() });
    }
}
