using NRules.Fluent.Dsl;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Dsl;

/// <summary>Helpers for a rule's <c>Define()</c> that read its CompatRules metadata.</summary>
public static class RuleExtensions
{
    /// <summary>The versions of <paramref name="subject"/> the rule's <see cref="AffectsAttribute"/>s declare, so
    /// conditions use the same ranges the catalogue shows: <c>var affected = this.AffectedVersions("calico");</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="subject">The component name, <c>kernel</c>, or a distribution name.</param>
    /// <returns>The union of the declared windows.</returns>
    /// <exception cref="InvalidOperationException">The rule declares no range for the subject.</exception>
    public static VersionRange AffectedVersions(this Rule rule, string subject)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var metadata = RuleMetadataReader.ReadAttributes(rule.GetType());
        return metadata.Affected.FirstOrDefault(a => a.Subject == subject)?.Range
               ?? throw new InvalidOperationException($"Rule {metadata.Id} declares no [Affects(\"{subject}\", ...)] range.");
    }

    /// <summary>The CompatRules metadata the rule class declares with attributes (id, title, severity, affected and
    /// fixed versions, ...), for a <c>Define()</c> that words its notes from it.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The metadata.</returns>
    public static RuleMetadata DeclaredMetadata(this Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return RuleMetadataReader.ReadAttributes(rule.GetType());
    }
}
