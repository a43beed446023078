using CompatRules.Collectors.Host;

namespace CompatRules.Collectors.Tests.Host;

public class OsReleaseParserTest
{
    [Theory]
    [InlineData("ID=ubuntu", "ubuntu")]
    [InlineData("ID=\"rocky\"", "rocky")]
    [InlineData("ID='single quoted $x \\n'", "single quoted $x \\n")]
    [InlineData("ID=\"a \\\"quoted\\\" \\$HOME \\\\ \\` end\"", "a \"quoted\" $HOME \\ ` end")]
    [InlineData("ID=\"keep \\n literal\"", "keep \\n literal")]
    [InlineData("ID=\"stops\" here", "stops")]
    [InlineData("ID=un\\ quoted\\\\x", "un quoted\\x")]
    [InlineData("  ID=trimmed  \r", "trimmed")]
    [InlineData("ID=", "")]
    public void Parse_Value_UnquotesPerSpecification(string line, string expected)
    {
        Assert.Equal(expected, OsReleaseParser.Parse(line)["ID"]);
    }

    [Fact]
    public void Parse_CommentsInvalidKeysAndDuplicates_KeepsLastValidKey()
    {
        var values = OsReleaseParser.Parse("# ID=comment\n\n1BAD=x\nBAD-KEY=y\nno equals\nID=first\nID=second\n");
        Assert.Equal(["ID"], values.Keys);
        Assert.Equal("second", values["ID"]);
    }
}
