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
    private static readonly ConcurrentDictionary<Type, Declared> ByType = new();

    /// <summary>The metadata of <paramref name="definition"/>, built by NRules from <paramref name="ruleType"/>
    /// (null for a definition built without a class).</summary>
    public static RuleMetadata Read(IRuleDefinition definition, Type? ruleType)
    {
        var declared = ruleType is null ? null : ByType.GetOrAdd(ruleType, ReadUncached);
        var id = declared?.Id ?? definition.Name;
        return (declared?.Metadata ?? new RuleMetadata { Id = id, Title = id }) with
        {
            Id = id,
            Title = declared?.Title ?? id,
            Description = definition.Description ?? string.Empty,
            Tags = [.. definition.Tags],
            Priority = definition.Priority,
            RuleType = ruleType,
        };
    }

    /// <summary>CompatRules' attributes of a rule class (id, title, severity, ranges, ...), read once per class.</summary>
    public static RuleMetadata ReadAttributes(Type ruleType) => ByType.GetOrAdd(ruleType, ReadUncached).Metadata;

    /// <summary>Reads the class's attributes once (each attribute query decodes all of them, which Native AOT does slowly
    /// from metadata) and picks CompatRules' out of them.</summary>
    private static Declared ReadUncached(Type ruleType)
    {
        var all = ruleType.GetCustomAttributes(inherit: true);
        var declaredId = One<RuleIdAttribute>(all)?.Id;
        var declaredTitle = One<TitleAttribute>(all)?.Title;
        var id = declaredId ?? ruleType.FullName ?? ruleType.Name;
        var references = ImmutableArray.CreateBuilder<Uri>();
        foreach (var reference in all.OfType<ReferenceAttribute>())
        {
            if (!Uri.TryCreate(reference.Url, UriKind.Absolute, out var uri))
            {
                throw new RuleDefinitionException(ruleType, $"reference '{reference.Url}' is not an absolute URL.");
            }

            references.Add(uri);
        }

        var affected = ImmutableArray.CreateBuilder<AffectedRange>();
        foreach (var group in all.OfType<AffectsAttribute>().GroupBy(a => a.Subject, StringComparer.Ordinal))
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

        var metadata = new RuleMetadata
        {
            Id = id,
            Title = declaredTitle ?? id,
            Severity = One<SeverityAttribute>(all)?.Severity ?? Severity.Medium,
            Component = One<ComponentAttribute>(all)?.Name,
            References = references.ToImmutable(),
            Symptom = One<SymptomAttribute>(all)?.Text ?? string.Empty,
            Remediation = [.. all.OfType<RemediationAttribute>().OrderBy(r => r.Order).Select(r => r.Text)],
            Affected = affected.ToImmutable(),
            FixedIn = [.. all.OfType<FixedInAttribute>().Select(f => new FixedVersion(f.Subject, f.Version))],
            Conditions = [.. all.OfType<ConditionAttribute>().Select(c => c.Text)],
            IsDerivation = One<DerivationAttribute>(all) is not null,
            RuleType = ruleType,
        };
        return new Declared(metadata, declaredId, declaredTitle);
    }

    /// <summary>The attribute of type <typeparamref name="T"/>, null when there is none; more than one is an
    /// <see cref="AmbiguousMatchException"/>, as <see cref="CustomAttributeExtensions.GetCustomAttribute{T}(MemberInfo)"/> says.</summary>
    private static T? One<T>(object[] attributes) where T : Attribute
    {
        T? found = null;
        foreach (var attribute in attributes)
        {
            if (attribute is T match)
            {
                found = found is null ? match : throw new AmbiguousMatchException($"more than one {typeof(T).Name}");
            }
        }

        return found;
    }

    /// <summary>A class's metadata, with the id and title it declares itself (null when it declares none).</summary>
    private sealed record Declared(RuleMetadata Metadata, string? Id, string? Title);
}
