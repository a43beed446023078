using CompatRules.Json;
using System.Collections.Immutable;
using System.Globalization;
using CompatRules.Facts;
using CompatRules.Snapshots.Wire;
using CompatRules.Versions;
using CompatRules.Text;

namespace CompatRules.Snapshots;

/// <summary>Checks and converts the properties of one fact object, failing with the property's path and what it expects.</summary>
internal sealed class FactFieldReader(SnapshotReadSession session, string path, IReadOnlyDictionary<string, string> expectations)
{
    public SnapshotReadSession Session => session;

    public string Path => path;

    public string Expectation(string property)
        => expectations.TryGetValue(property, out var text) ? text : "a value of the documented type";

    public SnapshotFormatException Invalid(string property, string? found = null, Exception? inner = null)
        => session.Error(
            JsonPath.Property(path, property),
            $"expected {Expectation(property)}{(found is null ? string.Empty : $", found {found}")}",
            inner);

    public string Required(string? value, string property)
        => value ?? throw session.Error(path, $"missing required property '{property}'; expected {Expectation(property)}");

    public TEnum RequiredEnum<TEnum>(string? value, string property)
        where TEnum : struct, Enum
        => WireEnum<TEnum>.TryParse(Required(value, property), out var parsed) ? parsed : throw Invalid(property, InputEcho.Quote(value));

    public KernelVersion KernelRelease(string? value, string property)
    {
        try
        {
            return KernelVersion.Parse(Required(value, property));
        }
        catch (VersionFormatException error)
        {
            throw Invalid(property, $"{InputEcho.Quote(value)} ({error.Problem})", error);
        }
    }

    public PackageVersion PackageVersion(string? value, PackageVersionScheme scheme, string property)
    {
        try
        {
            return Versions.PackageVersion.Parse(scheme, Required(value, property));
        }
        catch (VersionFormatException error)
        {
            throw Invalid(property, $"'{value}' ({error.Problem})", error);
        }
    }

    public SoftwareVersion? OptionalVersion(string? value, string property)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return SoftwareVersion.Parse(value);
        }
        catch (VersionFormatException error)
        {
            throw Invalid(property, $"{InputEcho.Quote(value)} ({error.Problem})", error);
        }
    }

    public ImmutableArray<string> Strings(List<string?>? values, string property)
    {
        if (values is null)
        {
            return [];
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                throw session.Error(JsonPath.Index(JsonPath.Property(path, property), i), $"expected a string in {property}, found null");
            }
        }

        return [.. values!];
    }

    public ImmutableDictionary<string, string> StringMap(Dictionary<string, string?>? values, string property)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Required(values, property))
        {
            builder[key] = value ?? throw session.Error(JsonPath.Property(JsonPath.Property(path, property), key), $"expected a string value in {property}, found null");
        }

        return builder.ToImmutable();
    }

    public ImmutableDictionary<string, ModuleEvidence> ModuleMap(Dictionary<string, List<string?>?>? values, string property)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ModuleEvidence>(StringComparer.Ordinal);
        foreach (var (module, flags) in Required(values, property))
        {
            var modulePath = JsonPath.Property(JsonPath.Property(path, property), module);
            var evidence = ModuleEvidence.None;
            foreach (var flag in flags ?? throw session.Error(modulePath, $"expected {Expectation(property)}, found null"))
            {
                if (flag is null || !WireEnum<ModuleEvidence>.TryParse(flag, out var one) || one == ModuleEvidence.None)
                {
                    throw session.Error(modulePath, $"expected {Expectation(property)}, found '{flag}'");
                }

                evidence |= one;
            }

            builder[module] = evidence;
        }

        return builder.ToImmutable();
    }

    public ulong HexMask(string? value, string property)
    {
        var text = Required(value, property);
        return text.Length is > 0 and <= 16 && text.All(char.IsAsciiHexDigit)
            ? ulong.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : throw Invalid(property, InputEcho.Quote(text));
    }

    public T Required<T>(T? value, string property)
        where T : class
        => value ?? throw session.Error(path, $"missing required property '{property}'; expected {Expectation(property)}");

    public Provenance Provenance(ProvenanceDto? dto)
    {
        if (dto is null)
        {
            return Facts.Provenance.Unspecified;
        }

        var provenancePath = path + ".provenance";
        session.WarnUnknownProperties(provenancePath, dto.UnknownProperties?.Keys);
        var kindExpected = $"one of {string.Join(", ", WireEnum<SourceKind>.Names)}";
        if (dto.Kind is null)
        {
            throw session.Error(provenancePath, $"missing required property 'kind'; expected {kindExpected}");
        }

        if (!WireEnum<SourceKind>.TryParse(dto.Kind, out var kind))
        {
            throw session.Error(provenancePath + ".kind", $"expected {kindExpected}, found '{dto.Kind}'");
        }

        var location = dto.Location ?? throw session.Error(provenancePath, "missing required property 'location'; expected a string: the file, call, probe or object the fact came from");
        return new Provenance(kind, location, dto.Detail);
    }
}
