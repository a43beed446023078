using CompatRules.Cli.Output;

namespace CompatRules.Cli.Tests;

/// <summary>A missing-fact entry splits into its key and the collector's reason, also when the key names a value of a
/// present fact in parentheses of its own.</summary>
public class UnknownGroupsTest
{
    [Theory]
    [InlineData("component:calico", "component:calico", null)]
    [InlineData("component:calico (NotCollected: no containerd task directory under /run)", "component:calico", "NotCollected: no containerd task directory under /run")]
    [InlineData("component:calico (PermissionDenied)", "component:calico", "PermissionDenied")]
    [InlineData("component:calico (version)", "component:calico (version)", null)]
    [InlineData("cluster (kubernetes version)", "cluster (kubernetes version)", null)]
    [InlineData("component:calico (version) (Error: bad config.json (line 3))", "component:calico (version)", "Error: bad config.json (line 3)")]
    [InlineData("cluster (distribution version) (NotCollected: no API access)", "cluster (distribution version)", "NotCollected: no API access")]
    public void Split_Entry_GivesTheKeyAndTheReason(string entry, string key, string? reason)
        => Assert.Equal((key, reason), UnknownGroups.Split(entry));
}
