using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>A small JSON Schema validator for the keywords the SARIF 2.1.0 schema uses on the paths the SARIF
/// formatter writes: type, enum, required, properties, additionalProperties, $ref to #/definitions, items, minItems,
/// uniqueItems, minimum, maximum, pattern, anyOf and the formats uri and uri-reference. Any other keyword or format in a schema it reaches
/// is reported as an error rather than ignored, and so is a $ref it cannot resolve, so it cannot pass by skipping.</summary>
public sealed class JsonSchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["description", "title", "default", "$schema", "$id", "definitions"];

    private static readonly HashSet<string> Supported =
        ["type", "enum", "required", "properties", "additionalProperties", "$ref", "items", "minItems", "uniqueItems", "minimum", "maximum", "pattern", "anyOf", "format"];

    public static JsonSchemaValidator Load(string path) => Parse(File.ReadAllText(path));

    public static JsonSchemaValidator Parse(string schema) => new(JsonDocument.Parse(schema).RootElement.Clone());

    /// <summary>Every violation, as <c>$.runs[0].results[1]: message</c>; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement document)
    {
        var errors = new List<string>();
        Check(root, document, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Supported.Contains(keyword.Name))
            {
                errors.Add($"{path}: schema keyword '{keyword.Name}' is not supported by this validator");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = Resolve(reference.GetString()!);
            if (target is null)
            {
                errors.Add($"{path}: cannot resolve $ref {reference.GetString()}");
            }
            else
            {
                Check(target.Value, value, path, errors);
            }
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            errors.Add($"{path}: expected type {type.GetRawText()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: value {value.GetRawText()} is not one of {options.GetRawText()}");
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Errors(s, value, path).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf {anyOf.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, path, errors);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value.GetDouble(), path, errors);
                break;
        }
    }

    private List<string> Errors(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing required property '{name}'");
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: property '{property.Name}' is not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(additional, property.Value, childPath, errors);
                }
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("minItems", out var min) && items.Count < min.GetInt32())
        {
            errors.Add($"{path}: {items.Count} item(s), at least {min.GetInt32()} required");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier, items[i])))
                {
                    errors.Add($"{path}[{i}]: duplicate item in an array whose items must be unique");
                }
            }
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", errors);
            }
        }
    }

    private static void CheckString(JsonElement schema, string text, string path, List<string> errors)
    {
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            errors.Add($"{path}: '{text}' does not match pattern {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format))
        {
            if (format.GetString() is not ("uri" or "uri-reference"))
            {
                errors.Add($"{path}: format '{format.GetString()}' is not supported by this validator");
            }
            else if (format.GetString() == "uri" && !Uri.TryCreate(text, UriKind.Absolute, out _))
            {
                errors.Add($"{path}: '{text}' is not an absolute URI");
            }
            else if (format.GetString() == "uri-reference" && (!Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _) || text.Any(c => c is ' ' or '\\' || char.IsControl(c))))
            {
                errors.Add($"{path}: '{text}' is not a URI reference");
            }
        }
    }

    private static void CheckNumber(JsonElement schema, double number, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is below the minimum {minimum.GetRawText()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is above the maximum {maximum.GetRawText()}");
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value)
        => type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value)) : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"JSON Schema type '{type}'"),
    };

    private JsonElement? Resolve(string reference)
    {
        const string Prefix = "#/definitions/";
        return reference.StartsWith(Prefix, StringComparison.Ordinal)
            && root.TryGetProperty("definitions", out var definitions)
            && definitions.TryGetProperty(reference[Prefix.Length..], out var target)
            ? target
            : null;
    }
}
