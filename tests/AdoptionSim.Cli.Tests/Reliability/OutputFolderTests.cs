using System.Globalization;
using AdoptionSim.IO.Runs;
using static AdoptionSim.Cli.Tests.CliTestSupport;

namespace AdoptionSim.Cli.Tests.Reliability;

/// <summary>
/// Where outputs go: stale partial folders are told from live ones by their owner's lock, PID and age; a folder
/// that cannot take files gets a clear message; a write that fails (disk full, file too large) leaves nothing
/// that claims to be complete and names the path.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adoptionsim-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A PID that no process here has (PIDs above 4,194,304 are never given on Linux).</summary>
    private const int DeadPid = 4_999_999;

    private string Partial(string name, int pid, string? ownerHost, TimeSpan age)
    {
        var folder = Path.Combine(_dir, $".{name}.partial-{pid.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "city_ticks.parquet.x.tmp-parquet"), "half");
        if (ownerHost is not null)
        {
            File.WriteAllText(Path.Combine(folder, PartialFolders.OwnerFile), $"{ownerHost}\n{pid}\n");
            File.WriteAllText(Path.Combine(folder, PartialFolders.OwnerLockFile), "");
        }

        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - age);
        return folder;
    }

    [Fact]
    public void Stale_partial_folders_are_told_from_live_ones_by_lock_pid_host_and_age()
    {
        var host = Environment.MachineName;
        var deadHere = Partial("a", DeadPid, host, TimeSpan.Zero);
        var liveHere = Partial("b", Environment.ProcessId, host, TimeSpan.FromHours(1));
        var otherHostYoung = Partial("c", DeadPid, "another-host", TimeSpan.FromHours(1));
        var otherHostOld = Partial("d", DeadPid, "another-host", TimeSpan.FromHours(25));
        var orphanYoung = Partial("e", DeadPid, null, TimeSpan.FromMinutes(1));
        var orphanOld = Partial("f", DeadPid, null, TimeSpan.FromMinutes(11));
        var orphanLivePid = Partial("g", Environment.ProcessId, null, TimeSpan.FromHours(2));
        var locked = Partial("h", DeadPid, host, TimeSpan.FromDays(3));
        using var holder = new FileStream(Path.Combine(locked, PartialFolders.OwnerLockFile), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var removed = PartialFolders.RemoveStale(_dir, recursive: false);

        removed.Should().BeEquivalentTo([deadHere, otherHostOld, orphanOld]);
        foreach (var kept in new[] { liveHere, otherHostYoung, orphanYoung, orphanLivePid, locked }) Directory.Exists(kept).Should().BeTrue(kept);
    }

    [Fact]
    public void A_run_removes_stale_partials_beside_its_output_and_reports_them()
    {
        var stale = Partial("old-run", DeadPid, Environment.MachineName, TimeSpan.FromMinutes(5));

        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", "1", "--out", Path.Combine(_dir, "new-run"));

        exit.Should().Be(0, error);
        error.Should().Contain($"removed {stale}: a partial run folder left by a process that is gone");
        Directory.Exists(stale).Should().BeFalse();
    }

    [Fact]
    public void A_sweep_removes_stale_partials_anywhere_in_its_folder_and_reports_them()
    {
        var experiment = Path.Combine(_dir, "e.yaml");
        File.WriteAllText(experiment, $"name: e\narms: [{{name: a, scenario: {Scenario("two-cities.yaml")}}}]\nreplications: 1\nticks: 1\n");
        var runs = Path.Combine(_dir, "sweep", "runs", "arm=a", "point=p0");
        Directory.CreateDirectory(runs);
        var stale = Path.Combine(runs, $".rep=7.partial-{DeadPid}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, PartialFolders.OwnerFile), $"{Environment.MachineName}\n{DeadPid}\n");

        var (exit, _, error) = Run("sweep", experiment, "--out", Path.Combine(_dir, "sweep"));

        exit.Should().Be(0, error);
        error.Should().Contain($"removed {stale}");
        Directory.Exists(stale).Should().BeFalse();
    }

    [Theory]
    [InlineData("/proc/x")]
    [InlineData("/sys/x")]
    public void An_output_folder_that_cannot_take_files_gets_a_clear_message(string output)
    {
        var (exit, _, error) = Run("run", Scenario("two-cities.yaml"), "--ticks", "1", "--out", output);

        exit.Should().Be(1);
        error.Should().Contain($"--out '{output}'").And.Contain("choose another --out").And.NotContain("Could not find file");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void A_file_size_limit_hit_while_writing_exits_1_naming_the_output_and_leaves_nothing()
    {
        // An injected writer fault without root: writes past the shell's file-size limit fail with EFBIG
        // (SIGXFSZ is ignored, and the ignoring is inherited by the runtime; W^X is off because its double
        // mapping of code pages goes through a file that the limit would stop the runtime from growing).
        var output = Path.Combine(_dir, "limited");
        using var child = ChildProcess.Shell($"trap '' XFSZ; ulimit -f 64; DOTNET_EnableWriteXorExecute=0 exec dotnet \"$CLI\" run '{Scenario("two-cities.yaml")}' --ticks 30 --out '{output}'");

        child.Exit().Should().Be(1, child.Error);
        child.Error.Should().Contain($"cannot write the run's outputs to '{output}'").And.Contain("nothing was kept");
        Directory.Exists(output).Should().BeFalse();
        Directory.GetDirectories(_dir, ".*partial-*").Should().BeEmpty();
        child.Error.Should().NotContain("   at ", "no stack trace");
    }

    [Fact]
    public void A_full_disk_exits_1_naming_the_output_and_leaves_nothing()
    {
        // A 128 KB tmpfs in a private mount namespace of the child (as root, or as an unprivileged user where
        // user namespaces are allowed): the real ENOSPC, and nothing to clean up on the host.
        var mount = Path.Combine(_dir, "small");
        Directory.CreateDirectory(mount);
        var script = $"mount -t tmpfs -o size=128k tmpfs '{mount}' && dotnet \"$CLI\" run '{Scenario("two-cities.yaml")}' --ticks 30 --out '{mount}/out'; code=$?; "
            + $"ls -A '{mount}'; exit $code";
        var root = Environment.UserName == "root";
        using var child = ChildProcess.Shell(script, "unshare", root ? ["--mount", "sh", "-c"] : ["--map-root-user", "--mount", "sh", "-c"]);
        var exit = child.Exit();
        if (child.Error.Contains("unshare:", StringComparison.Ordinal) || child.Error.Contains("mount:", StringComparison.Ordinal))
        {
            // No mount namespace here: the file-size test above covers the same path with an injected fault.
            return;
        }

        exit.Should().Be(1, child.Error);
        child.Error.Should().Contain($"cannot write the run's outputs to '{mount}/out'").And.Contain("No space left on device");
        child.Output.Trim().Should().BeEmpty("neither an output folder nor a partial one is left on the full disk");
    }
}
