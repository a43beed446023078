using CompatRules.Facts;

namespace CompatRules.Tests.Snapshots;

/// <summary>Compares facts field by field, including collections, which record equality compares by reference.</summary>
internal static class FactAssert
{
    public static void Equivalent(FactSet expected, FactSet actual)
    {
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Equivalent(expected[i], actual[i]);
        }
    }

    public static void Equivalent(Fact expected, Fact actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Provenance, actual.Provenance);
        switch (expected)
        {
            case KernelInfo e:
                var kernel = (KernelInfo)actual;
                Assert.Equal(e, kernel);
                Assert.Equal(e.Release, kernel.Release);
                break;
            case KernelConfig e:
                Assert.Equal(Sorted(e.Options), Sorted(((KernelConfig)actual).Options));
                break;
            case KernelModules e:
                Assert.Equal(Sorted(e.Modules), Sorted(((KernelModules)actual).Modules));
                break;
            case OsRelease e:
                var os = (OsRelease)actual;
                Assert.Equal(e with { IdLike = [] }, os with { IdLike = [] });
                Assert.Equal(e.IdLike.IsDefault ? [] : e.IdLike.ToArray(), os.IdLike.ToArray());
                break;
            case IptablesMode e:
                var iptables = (IptablesMode)actual;
                Assert.Equal(e with { Evidence = [] }, iptables with { Evidence = [] });
                Assert.Equal(e.Evidence.ToArray(), iptables.Evidence.ToArray());
                break;
            case NetworkInterface e:
                var link = (NetworkInterface)actual;
                Assert.Equal(e with { Offloads = null }, link with { Offloads = null });
                Assert.Equal(e.Offloads is null ? null : Sorted(e.Offloads), link.Offloads is null ? null : Sorted(link.Offloads));
                break;
            case ComponentVersion e:
                var component = (ComponentVersion)actual;
                Assert.Equal(e, component);
                Assert.Equal(e.Version?.Original, component.Version?.Original);
                break;
            case ClusterInfo e:
                var cluster = (ClusterInfo)actual;
                Assert.Equal(e, cluster);
                Assert.Equal(e.KubernetesVersion?.Original, cluster.KubernetesVersion?.Original);
                Assert.Equal(e.DistributionVersion?.Original, cluster.DistributionVersion?.Original);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }

    private static KeyValuePair<string, T>[] Sorted<T>(IEnumerable<KeyValuePair<string, T>> map)
        => map.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
}
