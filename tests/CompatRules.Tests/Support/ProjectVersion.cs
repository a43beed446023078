using System.Xml.Linq;
using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Tests.Support;

/// <summary>The version the repository declares once, in <c>Version.props</c> (<c>CompatRulesVersion</c>). Shared with
/// CompatRules.Cli.Tests (linked).</summary>
internal static class ProjectVersion
{
    public static string Declared { get; } = XDocument.Load(Path.Combine(RepositoryRoot.Find(), "Version.props"))
        .Descendants("CompatRulesVersion").Single().Value.Trim();
}
