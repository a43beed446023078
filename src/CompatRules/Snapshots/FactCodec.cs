using CompatRules.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CompatRules.Facts;
using CompatRules.Snapshots.Wire;

namespace CompatRules.Snapshots;

/// <summary>Converts one fact type to and from its JSON object, under a fixed kind name.</summary>
internal abstract class FactCodec
{
    protected FactCodec(string kind, Type factType, IReadOnlyDictionary<string, string> expectations)
    {
        Kind = kind;
        FactType = factType;
        Expectations = expectations;
    }

    /// <summary>The value of the <c>kind</c> property, such as <c>kernel</c>.</summary>
    public string Kind { get; }

    public Type FactType { get; }

    /// <summary>Each JSON property of the kind and what it expects, for messages.</summary>
    public IReadOnlyDictionary<string, string> Expectations { get; }

    public abstract void Write(Utf8JsonWriter writer, Fact fact);

    public abstract Fact Read(JsonElement element, SnapshotReadSession session, string path);
}

/// <summary>A <see cref="FactCodec"/> for one fact record and its DTO.</summary>
internal sealed class FactCodec<TFact, TDto> : FactCodec
    where TFact : Fact
    where TDto : FactDto
{
    private readonly JsonTypeInfo<TDto> _typeInfo;
    private readonly Func<TFact, TDto> _toDto;
    private readonly Func<TDto, FactFieldReader, TFact> _fromDto;

    public FactCodec(
        string kind,
        JsonTypeInfo<TDto> typeInfo,
        Func<TFact, TDto> toDto,
        Func<TDto, FactFieldReader, TFact> fromDto,
        IReadOnlyDictionary<string, string> expectations)
        : base(kind, typeof(TFact), WithCommonExpectations(expectations))
    {
        _typeInfo = typeInfo;
        _toDto = toDto;
        _fromDto = fromDto;
    }

    public override void Write(Utf8JsonWriter writer, Fact fact)
    {
        var dto = _toDto((TFact)fact);
        dto.Kind = Kind;
        dto.Provenance = fact.Provenance == Provenance.Unspecified
            ? null
            : new ProvenanceDto { Kind = WireEnum<SourceKind>.NameOf(fact.Provenance.Kind), Location = fact.Provenance.Location, Detail = fact.Provenance.Detail };
        JsonSerializer.Serialize(writer, dto, _typeInfo);
    }

    public override Fact Read(JsonElement element, SnapshotReadSession session, string path)
    {
        var fields = new FactFieldReader(session, path, Expectations);
        TDto dto;
        try
        {
            dto = element.Deserialize(_typeInfo) ?? throw session.Error(path, $"expected a {Kind} fact object");
        }
        catch (JsonException error)
        {
            var errorPath = JsonPath.Combine(path, error.Path);
            var property = FirstProperty(error.Path);
            var expected = property is null ? $"a {Kind} fact object" : fields.Expectation(property);
            throw session.Error(errorPath, $"expected {expected}", error);
        }

        session.WarnUnknownProperties(path, dto.UnknownProperties?.Keys);
        Fact fact = _fromDto(dto, fields);
        return fact with { Provenance = fields.Provenance(dto.Provenance) };
    }

    private static string? FirstProperty(string? relativePath)
    {
        if (relativePath is null || !relativePath.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var name = relativePath[2..];
        var end = name.IndexOfAny(['.', '[']);
        return end < 0 ? name : name[..end];
    }

    private static Dictionary<string, string> WithCommonExpectations(IReadOnlyDictionary<string, string> expectations)
    {
        var all = new Dictionary<string, string>(expectations, StringComparer.Ordinal)
        {
            ["kind"] = "the fact kind as a string",
            ["provenance"] = "an object with kind, location and an optional detail",
        };
        return all;
    }
}
