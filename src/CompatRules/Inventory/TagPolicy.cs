namespace CompatRules.Inventory;

/// <summary>How an image tag turns into a component version.</summary>
internal enum TagPolicy
{
    /// <summary>Strip architecture and build-variant suffixes (<c>-amd64</c>, <c>-x86</c>, <c>-debug</c>, <c>-amd64-legacy</c>).</summary>
    Standard,

    /// <summary>As standard, then cut a <c>-build…</c> or all-digit <c>-N</c> suffix (RKE2 <c>hardened-calico</c>, k0s <c>-0</c>).</summary>
    Calico,

    /// <summary>As standard, then cut at <c>-rke2r</c> (RKE2 <c>hardened-kubernetes:v1.31.4-rke2r1-build…</c>).</summary>
    KubeProxy,

    /// <summary>Keep the whole tag: the k0s variant (<c>v2.2.1-iptables1.8.9-0</c>) is what the rules compare.</summary>
    WholeTag,
}
