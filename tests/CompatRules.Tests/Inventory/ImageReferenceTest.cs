using CompatRules.Inventory;

namespace CompatRules.Tests.Inventory;

public class ImageReferenceTest
{
    [Theory]
    [InlineData("calico/node:v3.28.1", "docker.io", "calico/node", "v3.28.1", null)]
    [InlineData("index.docker.io/calico/node:v3.28.1", "docker.io", "calico/node", "v3.28.1", null)]
    [InlineData("busybox", "docker.io", "library/busybox", null, null)]
    [InlineData("registry.example.com:5000/calico/node:v3.28.1", "registry.example.com:5000", "calico/node", "v3.28.1", null)]
    [InlineData("localhost/kube-router:dev", "localhost", "kube-router", "dev", null)]
    [InlineData("quay.io/calico/node@sha256:abc", "quay.io", "calico/node", null, "sha256:abc")]
    [InlineData("quay.io/calico/node:v3.28.1@sha256:abc", "quay.io", "calico/node", "v3.28.1", "sha256:abc")]
    [InlineData("ghcr.io/spidernet-io/spiderpool/spiderpool-agent:v0.9.13", "ghcr.io", "spidernet-io/spiderpool/spiderpool-agent", "v0.9.13", null)]
    public void Parse_Reference_SplitsLikeDistributionReference(string text, string registry, string repository, string? tag, string? digest)
    {
        var image = ImageReference.Parse(text)!;

        Assert.Equal((registry, repository, tag, digest, text), (image.Registry, image.Repository, image.Tag, image.Digest, image.Original));
    }

    [Theory]
    [InlineData("registry.example.com/mirror/calico/node:v1", "calico/node", true)]
    [InlineData("docker.io/mycalico/node:v1", "calico/node", false)]
    [InlineData("docker.io/cloudnativelabs/kube-router", "kube-router", true)]
    [InlineData("docker.io/x/not-kube-router:v1", "kube-router", false)]
    public void EndsWithPath_ComponentBoundary_MatchesWholeComponentsOnly(string text, string suffix, bool expected)
        => Assert.Equal(expected, ImageReference.Parse(text)!.EndsWithPath(suffix));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Blank_GivesNull(string? text) => Assert.Null(ImageReference.Parse(text));
}
