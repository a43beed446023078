using System.Collections.Immutable;
using CompatRules.Collectors.Files;
using CompatRules.Collectors.Interop;
using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Collectors.Kernel;

/// <summary>Collects the kernel release and architecture (<c>uname(2)</c>), its build configuration and its modules.</summary>
/// <remarks>The configuration is read from <c>/proc/config.gz</c>, then <c>/boot/config-&lt;release&gt;</c>, then
/// <c>/lib/modules/&lt;release&gt;/config</c>, the first that exists; its provenance names the file. Modules are
/// those loaded (<c>/proc/modules</c>), built in (<c>modules.builtin</c>), under <c>/sys/module</c> and whose option
/// is <c>=y</c>.</remarks>
public sealed class KernelCollector : ICollector
{
    /// <summary>The collector's name: <c>kernel</c>.</summary>
    public const string CollectorName = "kernel";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [KernelInfo.FactKey, KernelConfig.FactKey, KernelModules.FactKey];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        var (builder, reader) = (scope.Builder, scope.Host);
        var kernel = CollectUname(builder);
        ct.ThrowIfCancellationRequested();
        var config = CollectConfig(builder, reader, kernel?.Release);
        ct.ThrowIfCancellationRequested();
        CollectModules(builder, reader, kernel?.Release, config, builder.Statuses.LastOrDefault(st => st.Subject == KernelConfig.FactKey)?.State);
        return builder.Build();
    }

    private static unsafe KernelInfo? CollectUname(CollectorResultBuilder builder)
    {
        var buffer = stackalloc byte[UtsNameParser.Size];
        new Span<byte>(buffer, UtsNameParser.Size).Clear();
        if (Libc.Uname(buffer) != 0)
        {
            builder.Status(KernelInfo.FactKey, CollectionState.Error, "uname(2) failed: " + Errno.Describe(Libc.LastError));
            return null;
        }

        var uts = new ReadOnlySpan<byte>(buffer, UtsNameParser.Size);
        var release = UtsNameParser.Field(uts, UtsNameParser.Release);
        var machine = UtsNameParser.Field(uts, UtsNameParser.Machine);
        if (!KernelVersion.TryParse(release, out var version))
        {
            builder.Status(KernelInfo.FactKey, CollectionState.Error, $"uname(2) release '{release}' is not a kernel version");
            return null;
        }

        var fact = new KernelInfo(version, machine) { Provenance = new Provenance(SourceKind.Syscall, "uname(2)", $"release {release}, machine {machine}") };
        builder.Add(fact);
        return fact;
    }

    internal static KernelConfig? CollectConfig(CollectorResultBuilder builder, HostFileReader reader, string? release)
    {
        var candidates = new List<(string Path, bool Gzip)> { ("/proc/config.gz", true) };
        if (release is not null)
        {
            candidates.Add(($"/boot/config-{release}", false));
            candidates.Add(($"/lib/modules/{release}/config", false));
        }

        var misses = new List<string>();
        var denied = false;
        foreach (var (path, gzip) in candidates)
        {
            var read = reader.ReadText(path, gzip);
            if (read.State is CollectionState.Absent or CollectionState.PermissionDenied)
            {
                denied |= read.State == CollectionState.PermissionDenied;
                misses.Add(read.Reason!);
                continue;
            }

            if (!read.Ok)
            {
                builder.Status(KernelConfig.FactKey, CollectionState.Error, read.Reason);
                return null;
            }

            try
            {
                var fact = new KernelConfig(KernelConfigParser.Parse(read.Text!, read.Path)) { Provenance = Provenance.FromFile(read.Path) };
                builder.Add(fact);
                return fact;
            }
            catch (CollectorParseException e)
            {
                builder.Status(KernelConfig.FactKey, CollectionState.Error, e.Message);
                return null;
            }
        }

        builder.Status(KernelConfig.FactKey, denied ? CollectionState.PermissionDenied : CollectionState.Absent,
            release is null ? "uname failed; " + string.Join("; ", misses) : string.Join("; ", misses));
        return null;
    }

    /// <summary>Collects the module list from every source; emits the fact only when every source that exists was
    /// read.</summary>
    /// <param name="builder">Receives the fact or the status.</param>
    /// <param name="reader">Reads the host's files.</param>
    /// <param name="release">The kernel release, null when uname failed.</param>
    /// <param name="config">The kernel config, null when none was read.</param>
    /// <param name="configState">The kernel config's status when it was not read (Absent, PermissionDenied, Error).</param>
    internal static void CollectModules(CollectorResultBuilder builder, HostFileReader reader, string? release, KernelConfig? config, CollectionState? configState = null)
    {
        var evidence = new Dictionary<string, ModuleEvidence>(StringComparer.Ordinal);
        var sources = new List<string>();
        var problems = new List<string>();
        var worst = CollectionState.Absent;

        void Problem(CollectionState state, string reason)
        {
            problems.Add(reason);
            if (state != CollectionState.Absent && worst != CollectionState.Error)
            {
                worst = state == CollectionState.PermissionDenied ? CollectionState.PermissionDenied : CollectionState.Error;
            }
        }

        void Mark(IEnumerable<string> names, ModuleEvidence flag)
        {
            foreach (var name in names)
            {
                var key = ModuleName.Normalize(name);
                evidence[key] = evidence.GetValueOrDefault(key) | flag;
            }
        }

        var procModules = reader.ReadText("/proc/modules");
        if (procModules.Ok)
        {
            try
            {
                Mark(ProcModulesParser.Parse(procModules.Text!, procModules.Path), ModuleEvidence.Loaded);
                sources.Add(procModules.Path);
            }
            catch (CollectorParseException e)
            {
                builder.Status(KernelModules.FactKey, CollectionState.Error, e.Message);
                return;
            }
        }
        else
        {
            Problem(procModules.State, procModules.Reason!);
        }

        if (release is not null)
        {
            var builtin = reader.ReadText($"/lib/modules/{release}/modules.builtin");
            if (builtin.Ok)
            {
                Mark(ModulesBuiltinParser.Parse(builtin.Text!), ModuleEvidence.BuiltIn);
                sources.Add(builtin.Path);
            }
            else
            {
                Problem(builtin.State, builtin.Reason!);
            }
        }

        var sysModule = reader.ListDirectory("/sys/module");
        if (sysModule.State == CollectionState.Collected)
        {
            Mark(sysModule.Names, ModuleEvidence.SysModule);
            sources.Add(sysModule.Path);
        }
        else
        {
            Problem(sysModule.State, sysModule.Reason!);
        }

        if (config is not null)
        {
            Mark(ConfigModuleNames.ByOption.Where(p => config.State(p.Key) == KernelOptionState.BuiltIn).Select(p => p.Value), ModuleEvidence.ConfigBuiltIn);
            sources.Add(config.Provenance.Location);
        }
        else if (configState is not (CollectionState.Absent or null))
        {
            Problem(configState.Value, $"the kernel config ({configState})");
        }

        if (sources.Count == 0)
        {
            // Not a known absence: with no source read, nothing is known about the modules (a rule must say Unknown).
            builder.Status(KernelModules.FactKey, worst == CollectionState.Absent ? CollectionState.Error : worst, "no module list could be read: " + string.Join("; ", problems));
            return;
        }

        if (worst != CollectionState.Absent)
        {
            // A source that exists could not be read: the list would silently lack what only it shows (without
            // /proc/modules nothing is known to be loaded), so no fact; the status names what failed and what was read.
            builder.Status(KernelModules.FactKey, worst,
                $"not every module source could be read, so the module list would be incomplete: {string.Join("; ", problems)} (read: {string.Join(", ", sources)})");
            return;
        }

        var fact = new KernelModules(evidence.ToImmutableDictionary(StringComparer.Ordinal))
        {
            Provenance = new Provenance(SourceKind.File, string.Join(", ", sources), problems.Count == 0 ? null : "not read: " + string.Join("; ", problems)),
        };
        builder.Add(fact);
    }
}
