using CompatRules.Collectors.Files;
using CompatRules.Collectors.Packages;

namespace CompatRules.Collectors.Tests.Packages;

/// <summary>The dpkg status parser paragraph by paragraph: which packages count as installed, which fields are read
/// (the first of each, names without regard to case), and where a malformed file is reported (a paragraph's line is
/// that of its first field).</summary>
public class DpkgStatusParserTest
{
    private const string Path = "/var/lib/dpkg/status";

    private static List<InstalledPackage> Parse(string text) => DpkgStatusParser.Parse(text, Path, _ => true);

    [Fact]
    public void Parse_InstalledAndHeldPackages_AreReadWithNameVersionArchitectureAndLine()
    {
        var packages = Parse("""
            Package: iptables
            Status: install ok installed
            Architecture: amd64
            Version: 1.8.9-2
            Description: administration tools
             a continuation line that is not read

            Package: runc
            Status: hold ok installed
            Version: 1.1.5+ds1-1
            """);

        Assert.Equal(["iptables", "runc"], packages.Select(p => p.Name));
        Assert.Equal(["1.8.9-2", "1.1.5+ds1-1"], packages.Select(p => p.Version.Original));
        Assert.Equal(["amd64", null], packages.Select(p => p.Architecture));
        Assert.Equal([1L, 8L], packages.Select(p => p.Line));
    }

    [Theory]
    [InlineData("deinstall ok config-files")]
    [InlineData("install ok half-installed")]
    [InlineData("install ok unpacked")]
    [InlineData("install reinstreq installed")]
    [InlineData("install ok installed extra")]
    public void Parse_NotInstalledStatus_IsLeftOut(string status)
        => Assert.Empty(Parse($"Package: old\nStatus: {status}\nVersion: 1.0\n"));

    [Fact]
    public void Parse_FieldNamesWithoutCaseCrlfAndSpacing_AreReadAndTheFirstOfAFieldWins()
    {
        var packages = Parse("package: Containerd\r\nSTATUS:   install  ok   installed  \r\nversion: 1.6.20~ds1-1\r\nVersion: 9.9\r\narchitecture:\r\n");

        var package = Assert.Single(packages);
        Assert.Equal("Containerd", package.Name);
        Assert.Equal("1.6.20~ds1-1", package.Version.Original);
        Assert.Null(package.Architecture);
    }

    [Fact]
    public void Parse_WantedFilter_SkipsOtherPackagesWithoutReadingTheirVersions()
    {
        var packages = DpkgStatusParser.Parse("Package: other\nStatus: install ok installed\nVersion: not a version!\n\nPackage: iptables\nStatus: install ok installed\nVersion: 1.8.7\n", Path, n => n == "iptables");

        Assert.Equal("iptables", Assert.Single(packages).Name);
    }

    [Fact]
    public void Parse_CommentsAndBlankLinesWithSpaces_SeparateParagraphs()
        => Assert.Equal(2, Parse("# a comment\nPackage: a\nStatus: install ok installed\nVersion: 1\n \t \nPackage: b\nStatus: install ok installed\nVersion: 2").Count);

    [Theory]
    [InlineData(" continuation first\n", 1, "a continuation line before any field")]
    [InlineData("Package: a\nno colon here\n", 2, "expected 'Field: value'")]
    [InlineData("Package: a\n-Field: x\n", 2, "expected 'Field: value'")]
    [InlineData("Package: a\nBad Name: x\n", 2, "expected 'Field: value'")]
    [InlineData("\n\n# comment\nStatus: install ok installed\nVersion: 1\n", 4, "has no Package field")]
    [InlineData("Package:\nStatus: install ok installed\nVersion: 1\n", 1, "has no Package field")]
    [InlineData("Status: install ok installed\nPackage: a\n", 2, "installed package a has no Version field")]
    [InlineData("Package: a\nStatus: install ok installed\nVersion: 1\n\nPackage: b\nStatus: install ok installed\nVersion: ::\n", 7, "package b:")]
    public void Parse_MalformedFile_NamesTheFileAndLine(string text, int line, string problem)
    {
        var e = Assert.Throws<CollectorParseException>(() => Parse(text));

        Assert.Equal(Path, e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
