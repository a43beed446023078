using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.RuleModel;

namespace CompatRules.Dsl;

/// <summary>Reads a rule's metadata: NRules' own (name, description, priority, tags) from its
/// <see cref="IRuleDefinition"/>, and CompatRules' attributes from the rule class.</summary>
internal static class RuleMetadataReader
{
    private static readonly ConcurrentDictionary<Type, RuleMetadata> ByType = new();

    /// <summary>The metadata of <paramref name="definition"/>, built by NRules from <paramref name="ruleType"/>
    /// (null for a definition built without a class).</summary>
    public static RuleMetadata Read(IRuleDefinition definition, Type? ruleType)
    {
        var attributes = ruleType is null ? null : ReadAttributes(ruleType);
        var id = ruleType?.GetCustomAttribute<RuleIdAttribute>()?.Id ?? definition.Name;
        return (attributes ?? new RuleMetadata { Id = id, Title = id }) with
        {
            Id = id,
            Title = ruleType?.GetCustomAttribute<TitleAttribute>()?.Title ?? id,
            Description = definition.Description ?? string.Empty,
            Tags = [.. definition.Tags],
            Priority = definition.Priority,
            RuleType = ruleType,
        };
    }

    /// <summary>CompatRules' attributes of a rule class (id, title, severity, ranges, ...), read once per class.</summary>
    public static RuleMetadata ReadAttributes(Type ruleType) => ByType.GetOrAdd(ruleType, ReadUncached);

    private static RuleMetadata ReadUncached(Type ruleType)
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
            Severity = ruleType.GetCustomAttribute<SeverityAttribute>()?.Severity ?? Severity.Medium,
            Component = ruleType.GetCustomAttribute<ComponentAttribute>()?.Name,
            References = references.ToImmutable(),
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
