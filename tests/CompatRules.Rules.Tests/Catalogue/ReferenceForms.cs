namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>
/// Whether each upstream number the rules cite is an issue or a pull request, so a reference URL (which users click)
/// uses the right form: <c>/issues/N</c> for an issue, <c>/pull/N</c> for a pull request.
/// </summary>
/// <remarks>
/// Sources: the audit in issue #16 (calico 7007, 9036, 9091, 9102, kubernetes 122296 and submariner 3525 are pulls;
/// calico 7503 and 7540 are the backport pulls in the v3.25.1 / v3.24.6 release notes), and
/// <c>shared/docs/knowledge.md</c>, which names each number as a PR, a fix or cherry-pick (a pull), or as an issue or
/// report. Kubernetes 82966 and 102590 are pulls because CHANGELOG-1.17 and CHANGELOG-1.22 list them, and changelog
/// entries link pull requests. Go's changes go through Gerrit, so golang/go numbers are issues. The rows from issue #16's
/// section 3 on were checked against the threads themselves in the public issue index (that is how submariner-website
/// 1234/1265/1281, rhacm-docs 8472, kubernetes 70325 and cilium 30456 were found to be cited in the wrong form).
/// Add a row for every new reference; the catalogue test fails on a cited number that has none.
/// </remarks>
internal static class ReferenceForms
{
    /// <summary>The path segment of a pull request URL.</summary>
    public const string Pull = "pull";

    /// <summary>The path segment of an issue URL.</summary>
    public const string Issue = "issues";

    /// <summary><c>owner/repo#N</c> (lower case) to its form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = Build(
        (Issue, "checkpoint-restore/criu", [2655]),
        (Issue, "golang/go", [70500, 74643]),
        (Issue, "harvester/harvester", [8217]),
        (Issue, "k0sproject/k0s", [5328]),
        (Pull, "k0sproject/k0s", [5348, 5351]),
        (Issue, "kubeovn/kube-ovn", [5078, 5393, 5420]),
        (Pull, "kubeovn/kube-ovn", [3995, 5232, 5421]),
        (Issue, "kubernetes/kubernetes", [121362, 121909, 124260, 70747, 81775, 88986, 93297, 99162]),
        (Pull, "kubernetes/kubernetes", [82966, 102590, 102122, 107437, 107438, 108460, 121919, 121928, 122204, 122296, 122323, 122614, 122756, 122757, 122815, 71114, 78547, 88541]),
        (Issue, "multipath-tcp/mptcp_net-next", [217]),
        (Pull, "osrg/gobgp", [3021]),
        (Issue, "ovn-kubernetes/ovn-kubernetes", [5082, 6799]),
        (Pull, "ovn-kubernetes/ovn-kubernetes", [5113, 6811]),
        (Issue, "projectcalico/calico", [3145]),
        (Pull, "projectcalico/calico", [6842, 7007, 7111, 7433, 7460, 7503, 7540, 8031, 8279, 8746, 8774, 9036, 9037, 9091, 9102]),
        (Pull, "projectcalico/felix", [2811, 2815]),
        (Issue, "spidernet-io/spiderpool", [2349, 2517]),
        (Pull, "spidernet-io/spiderpool", [2370, 2379, 2380, 2434, 2444, 2514, 2518, 2532, 2537, 2538, 2549, 2639, 2643, 2644, 2738, 2756, 2797, 2929, 2944, 2945, 2962, 2971, 2974, 2985, 2986, 2987, 3011, 3020, 3023, 3024, 3118, 3127, 3211]),
        (Pull, "stolostron/rhacm-docs", [8472]),
        (Pull, "submariner-io/submariner-website", [1234, 1265, 1281]),
        (Issue, "submariner-io/submariner", [3307, 3857]),
        (Pull, "submariner-io/submariner", [3462, 3471, 3525, 3577]),

        // Issue #16's section-3 table and the threads found while checking it.
        (Pull, "kubernetes/kubernetes", [124152, 70325, 70398, 75241, 75242, 82066]),
        (Pull, "kubernetes/kubernetes", [92035, 92256, 92193, 92261]),
        (Issue, "kubernetes/kubernetes", [122572, 122743]),
        (Pull, "kubernetes/kubernetes", [134539, 139397]),
        (Issue, "kubernetes/kubernetes", [70304, 82065]),
        (Issue, "kubernetes/enhancements", [5495]),
        (Issue, "siderolabs/pkgs", [951]),
        (Issue, "projectcalico/calico", [4727, 9433]),
        (Issue, "flannel-io/flannel", [1306, 1317]),
        (Pull, "flannel-io/flannel", [1318]),
        (Issue, "flannel-io/flannel", [1279, 2152]),
        (Pull, "flannel-io/flannel", [1282, 1929]),
        (Issue, "cloudnativelabs/kube-router", [1676, 1789]),
        (Pull, "cloudnativelabs/kube-router", [1678, 1687, 1790]),
        (Pull, "cilium/cilium", [23124, 23951, 36386, 38308, 42081]),
        (Issue, "cilium/cilium", [30456]),
        (Issue, "antrea-io/antrea", [591]),
        (Issue, "cilium/cilium", [40478]),
        (Pull, "cilium/cilium", [40566, 40578, 40579]),

        // The rules that read host package versions (checked against the threads in the public issue index; k/k
        // 114472 and 119374 are the pulls CHANGELOG-1.27 and CHANGELOG-1.28 link).
        (Issue, "cilium/cilium", [10645]),
        (Pull, "cilium/cilium", [13717, 20072, 20232, 20364]),
        (Issue, "kubernetes/kubernetes", [71305, 82361, 112477, 114549]),
        (Pull, "kubernetes/kubernetes", [81517, 114472, 119374]),
        (Issue, "cloudnativelabs/kube-router", [1370, 1415]),
        (Pull, "openshift/microshift", [7069, 7116]));

    private static Dictionary<string, string> Build(params (string Form, string Repository, int[] Numbers)[] rows)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, repository, numbers) in rows)
        {
            foreach (var number in numbers)
            {
                known.Add(repository + "#" + number, form);
            }
        }

        return known;
    }
}
