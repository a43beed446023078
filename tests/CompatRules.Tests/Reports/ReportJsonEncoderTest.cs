using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompatRules.Reports;
using CompatRules.Tests.Reliability;

namespace CompatRules.Tests.Reports;

/// <summary>ReportJson encodes a rule's texts once per rule, but a writer with another encoder than the report's own
/// still gets the texts escaped its way.</summary>
public class ReportJsonEncoderTest
{
    [Fact]
    public void Write_WriterWithTheDefaultEncoder_EscapesRuleTextsItsWay()
    {
        var report = CompatEngine.Default.Evaluate(NodeFactSets.All[0]);
        var relaxed = ReportJson.Serialize(report);
        Assert.Contains(relaxed, c => c > 127 || c is '+' or '<' or '>' or '\'' or '&'); // else the test proves nothing

        var first = Write(report, JavaScriptEncoder.Default);
        var again = Write(report, JavaScriptEncoder.Default);

        Assert.DoesNotContain(first, c => c > 127 || c is '+' or '<' or '>' or '\'' or '&');
        Assert.Equal(first, again);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(relaxed), JsonNode.Parse(first)));
        Assert.Equal(relaxed, ReportJson.Serialize(report));
    }

    private static string Write(CompatReport report, JavaScriptEncoder encoder)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = encoder }))
        {
            ReportJson.Write(writer, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
