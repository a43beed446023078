using CompatRules.Engine.Dsl;
using CompatRules.Facts;

namespace CompatRules.Tests.Engine;

/// <summary><see cref="KeySelector"/> must agree with <c>fact.Key == key</c> on every fact, only faster.</summary>
public class KeySelectorTest
{
    private static readonly Fact[] Facts =
    [
        new ComponentSetting("kube-proxy", "mode", "ipvs"),
        new ComponentSetting("kube-proxy", "modes", "x"),
        new ComponentSetting("kube-prox", "y/mode", "x"),
        new ComponentSetting("a/b", "c", "x"),
        new ComponentSetting("a", "b/c", "x"),
        ComponentVersion.Of("calico", "v3.29.1"),
        new ComponentVersion("calico-node", null),
        new NetworkInterface("tunl0", "ipip"),
        new NetworkInterface("tunl", "ipip"),
        new Sysctl("net.mptcp.enabled", "1"),
        new SocketCapability("mptcp", ProbeResult.Supported),
        new CollectionStatus("sysctl:*", CollectionState.Collected),
        KernelInfo.FromRelease("6.8.0"),
    ];

    public static TheoryData<Type, string> Keys => new()
    {
        { typeof(ComponentSetting), "setting:kube-proxy/mode" },
        { typeof(ComponentSetting), "setting:a/b/c" },
        { typeof(ComponentSetting), "setting:nothing" },
        { typeof(ComponentVersion), "component:calico" },
        { typeof(ComponentVersion), "component:calico-node" },
        { typeof(NetworkInterface), "interface:tunl0" },
        { typeof(Sysctl), "sysctl:net.mptcp.enabled" },
        { typeof(SocketCapability), "socket:mptcp" },
        { typeof(CollectionStatus), "status:sysctl:*" },
        { typeof(KernelInfo), "kernel" },
        { typeof(ComponentVersion), "not-a-prefix:calico" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void For_EveryFact_AgreesWithComparingKeys(Type type, string key)
    {
        var selects = KeySelector.For(type, key);

        Assert.All(Facts, fact => Assert.True(
            selects(fact) == (type.IsInstanceOfType(fact) && fact.Key == key),
            $"{fact.GetType().Name} with key {fact.Key} against {key}"));
    }

    [Fact]
    public void Keys_MostSelectSomeFact()
    {
        // Guards the theory above against a key table in which nothing ever matches: all but the two deliberate misses.
        var matching = Keys.Count(row => Facts.Any(f => KeySelector.For((Type)row[0], (string)row[1])(f)));

        Assert.Equal(Keys.Count() - 2, matching);
    }

    [Fact]
    public void For_KeyOfAMatchingFact_SelectsIt()
    {
        Assert.Equal(2, Facts.Count(f => KeySelector.For(typeof(ComponentSetting), "setting:a/b/c")(f)));
        Assert.Single(Facts, f => KeySelector.For(typeof(ComponentSetting), "setting:kube-proxy/mode")(f));
    }
}
