using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CompatRules.Cli.Tests.Properties;

/// <summary>A strict reader of the Prometheus text exposition format (version 0.0.4, what node-exporter's textfile
/// collector parses): lines end with <c>\n</c>, the text ends with one; <c># HELP name text</c> and
/// <c># TYPE name type</c> at most once per metric and before its samples; a sample is
/// <c>name{label="value",...} number</c>, where a label value escapes exactly <c>\\</c>, <c>\"</c> and <c>\n</c>
/// and holds no raw line feed; no two samples with the same name and labels. Independent of the formatter: it
/// follows the format's documentation, not the code.</summary>
internal static partial class PrometheusExposition
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    /// <summary>A sample: its metric name, labels and value.</summary>
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    /// <summary>Reads <paramref name="text"/>; throws <see cref="FormatException"/> with the line on any violation.</summary>
    public static List<Sample> Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("the text does not end with a line feed");
        }

        var samples = new List<Sample>();
        var typed = new HashSet<string>(StringComparer.Ordinal);
        var helped = new HashSet<string>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Length == 0 ? [] : text[..^1].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            try
            {
                if (line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal))
                {
                    var parts = line[7..].Split(' ', 2);
                    Require(MetricName().IsMatch(parts[0]) && parts.Length == 2, "a metric name and a text");
                    var seen = line[2] == 'H' ? helped : typed;
                    Require(seen.Add(parts[0]), $"a single {line[2..6]} line for {parts[0]}");
                    Require(line[2] == 'H' ? ValidHelp(parts[1]) : Types.Contains(parts[1]), "a valid HELP text or TYPE");
                    Require(!samples.Any(s => s.Name == parts[0]), $"{line[2..6]} before the samples of {parts[0]}");
                }
                else if (line.Length > 0 && line[0] != '#')
                {
                    var sample = ReadSample(line);
                    Require(series.Add(sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value.Length}:{l.Value}")) + "}"),
                        "a sample whose name and labels no other sample has");
                    samples.Add(sample);
                }
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {i + 1}: {e.Message}: {line}", e);
            }
            catch (IndexOutOfRangeException e)
            {
                throw new FormatException($"line {i + 1}: the line ends inside a sample: {line}", e);
            }
        }

        return samples;
    }

    private static Sample ReadSample(string line)
    {
        var name = MetricNameAtStart().Match(line).Value;
        Require(name.Length > 0, "a metric name");
        var at = name.Length;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (at < line.Length && line[at] == '{')
        {
            at++;
            while (line[at] != '}')
            {
                var label = LabelNameAtStart().Match(line[at..]).Value;
                Require(label.Length > 0 && line.Length > at + label.Length + 1 && line[at + label.Length] == '=' && line[at + label.Length + 1] == '"', "label=\"value\"");
                at += label.Length + 2;
                var value = new StringBuilder();
                for (; line[at] != '"'; at++)
                {
                    if (line[at] == '\\')
                    {
                        at++;
                        value.Append(line[at] switch { '\\' => '\\', '"' => '"', 'n' => '\n', _ => throw new FormatException($"the escape \\{line[at]}") });
                    }
                    else
                    {
                        value.Append(line[at]);
                    }
                }

                Require(labels.TryAdd(label, value.ToString()), $"the label {label} once");
                at++;
                if (line[at] == ',')
                {
                    at++;
                }
                else
                {
                    Require(line[at] == '}', "',' or '}' after a label");
                }
            }

            at++;
        }

        Require(at < line.Length && line[at] == ' ', "a space before the value");
        var fields = line[(at + 1)..].Split(' ');
        Require(fields.Length is 1 or 2 && (fields.Length == 1 || long.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)), "a value and an optional timestamp");
        Require(double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || fields[0] is "NaN" or "+Inf" or "-Inf", "a number");
        return new Sample(name, labels, number);
    }

    private static bool ValidHelp(string help)
    {
        for (var i = 0; i < help.Length; i++)
        {
            if (help[i] == '\\' && (++i >= help.Length || help[i] is not ('\\' or 'n')))
            {
                return false;
            }
        }

        return true;
    }

    private static void Require(bool condition, string expected)
    {
        if (!condition)
        {
            throw new FormatException("expected " + expected);
        }
    }

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*\z")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricNameAtStart();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex LabelNameAtStart();
}
