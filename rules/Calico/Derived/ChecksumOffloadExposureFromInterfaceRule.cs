using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives a tunnel's <see cref="ChecksumOffloadExposure"/> from the tunnel device's live
/// <c>tx-checksum-ip-generic</c> state, the best evidence: it shows what felix (or an administrator) did.</summary>
/// <typeparam name="TExposure">The tunnel's exposure fact.</typeparam>
public abstract class ChecksumOffloadExposureFromInterfaceRule<TExposure> : Rule
    where TExposure : ChecksumOffloadExposure
{
    private readonly CalicoTunnel _tunnel;
    private readonly Func<bool, string, TExposure> _create;

    private protected ChecksumOffloadExposureFromInterfaceRule(CalicoTunnel tunnel, Func<bool, string, TExposure> create)
    {
        _tunnel = tunnel;
        _create = create;
    }

    /// <inheritdoc />
    public sealed override void Define()
    {
        NetworkInterface device = null!;
        KernelInfo kernel = null!;
        When()
            .Keyed(() => device, NetworkInterface.KeyFor(_tunnel.Device), i => i.Offload(CalicoChecksumOffloadPolicy.Feature) != null)
            .Match(() => kernel);
        Then().Yield(ctx => Derive(device, kernel, ctx.DerivedProvenance()));
    }

    private TExposure Derive(NetworkInterface device, KernelInfo kernel, Provenance provenance)
        => _create(_tunnel.ExposedByInterface(device, kernel.Version), _tunnel.DescribeInterface(device, kernel)) with { Provenance = provenance };
}
