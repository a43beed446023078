using System.Collections.Immutable;
using System.Reflection;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Dsl;

/// <summary>Reads a rule class's metadata attributes.</summary>
internal static class RuleMetadataReader
{
    public static RuleMetadata Read(Type ruleType)
    {
        var id = ruleType.GetCustomAttribute<RuleIdAttribute>()?.Id ?? ruleType.FullName ?? ruleType.Name;
        var references = ImmutableArray.CreateBuilder<Uri>();
        foreach (var reference in ruleType.GetCustomAttributes<ReferenceAttribute>())
        {
            if (!Uri.TryCreate(reference.Url, UriKind.Absolute, out var uri))
            {
                throw new RuleDefinitionException(ruleType, $"reference '{reference.Url}' is not an absolute URL.");
            }

            references.Add(uri);
        }

        var affected = ImmutableArray.CreateBuilder<AffectedRange>();
        foreach (var group in ruleType.GetCustomAttributes<AffectsAttribute>().GroupBy(a => a.Subject, StringComparer.Ordinal))
        {
            try
            {
                affected.Add(new AffectedRange(group.Key, VersionRange.Parse(string.Join(" ∪ ", group.Select(a => a.Range)))));
            }
            catch (VersionFormatException e)
            {
                throw new RuleDefinitionException(ruleType, $"affected range for '{group.Key}' is not valid: {e.Message}", e);
            }
        }

        return new RuleMetadata
        {
            Id = id,
            Title = ruleType.GetCustomAttribute<TitleAttribute>()?.Title ?? id,
            Description = ruleType.GetCustomAttribute<DescriptionAttribute>()?.Text ?? string.Empty,
            Severity = ruleType.GetCustomAttribute<SeverityAttribute>()?.Severity ?? Severity.Medium,
            Component = ruleType.GetCustomAttribute<ComponentAttribute>()?.Name,
            Tags = [.. ruleType.GetCustomAttributes<TagAttribute>().Select(t => t.Value)],
            References = references.ToImmutable(),
            Priority = ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0,
            Symptom = ruleType.GetCustomAttribute<SymptomAttribute>()?.Text ?? string.Empty,
            Remediation = [.. ruleType.GetCustomAttributes<RemediationAttribute>().OrderBy(r => r.Order).Select(r => r.Text)],
            Affected = affected.ToImmutable(),
            FixedIn = [.. ruleType.GetCustomAttributes<FixedInAttribute>().Select(f => new FixedVersion(f.Subject, f.Version))],
            Conditions = [.. ruleType.GetCustomAttributes<ConditionAttribute>().Select(c => c.Text)],
            IsDerivation = ruleType.GetCustomAttribute<DerivationAttribute>() is not null,
            RuleType = ruleType,
        };
    }
}
