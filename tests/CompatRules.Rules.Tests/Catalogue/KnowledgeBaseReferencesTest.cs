namespace CompatRules.Rules.Tests.Catalogue;

public class KnowledgeBaseReferencesTest
{
    [Fact]
    public void Parse_FormsTheKnowledgeBaseUses_KeepTheirRepository()
    {
        var references = KnowledgeBaseReferences.Parse(
            "kubeovn/kube-ovn#5393; k/k#93297, #102122; calico#3145; ovn-k#6799; felix #2811; criu#2655; ## A. heading");

        Assert.Equal(
            [
                new GitHubReference("kube-ovn", 5393), new GitHubReference("kubernetes", 93297), new GitHubReference(null, 102122),
                new GitHubReference("calico", 3145), new GitHubReference("ovn-kubernetes", 6799), new GitHubReference(null, 2811),
                new GitHubReference("criu", 2655),
            ],
            references);
    }

    [Theory]
    [InlineData("https://github.com/projectcalico/calico/pull/8031", "calico", 8031)]
    [InlineData("https://github.com/kubernetes/kubernetes/issues/121909", "kubernetes", 121909)]
    public void FromUrl_IssueOrPullUrl_GivesRepositoryAndNumber(string url, string repository, int number)
        => Assert.Equal(new GitHubReference(repository, number), GitHubReference.FromUrl(url));

    [Theory]
    [InlineData("https://github.com/kubernetes-sigs/iptables-wrappers")]
    [InlineData("https://example.com/a/b/issues/1")]
    public void FromUrl_OtherUrl_IsNull(string url) => Assert.Null(GitHubReference.FromUrl(url));
}
