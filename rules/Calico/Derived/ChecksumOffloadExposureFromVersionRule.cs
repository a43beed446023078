using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives a tunnel's <see cref="ChecksumOffloadExposure"/> from Calico's offload policy for its version and
/// the kernel, when the tunnel device's offload state was not read.</summary>
/// <typeparam name="TExposure">The tunnel's exposure fact.</typeparam>
public abstract class ChecksumOffloadExposureFromVersionRule<TExposure> : Rule
    where TExposure : ChecksumOffloadExposure
{
    private readonly CalicoTunnel _tunnel;
    private readonly Func<bool, string, TExposure> _create;

    private protected ChecksumOffloadExposureFromVersionRule(CalicoTunnel tunnel, Func<bool, string, TExposure> create)
    {
        _tunnel = tunnel;
        _create = create;
    }

    /// <inheritdoc />
    public sealed override void Define()
    {
        ComponentVersion calico = null!;
        KernelInfo kernel = null!;
        When()
            .Component(() => calico, ComponentNames.Calico)
            .Match(() => kernel)
            .Not<NetworkInterface>(i => i.Name == _tunnel.Device && i.Offload(CalicoChecksumOffloadPolicy.Feature) != null);
        Then().Yield(ctx => Derive(calico, kernel, ctx.DerivedProvenance()));
    }

    private TExposure Derive(ComponentVersion calico, KernelInfo kernel, Provenance provenance)
        => _create(_tunnel.ExposedByVersion(calico.Version!, kernel.Version), _tunnel.DescribeVersion(calico.Version!, kernel)) with { Provenance = provenance };
}
