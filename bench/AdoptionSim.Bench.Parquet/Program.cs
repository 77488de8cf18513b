using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AdoptionSim.Bench.Parquet;
using AdoptionSim.Parquet;

// Usage: AdoptionSim.Bench.Parquet [--rows N] [--out DIR] [--codec snappy|gzip|brotli|uncompressed]
//                                  [--duckdb] [--readers DIR]
// Writes N per-city-per-tick rows with our writer and reports rows/s, MB/s and peak memory;
// with --duckdb also has DuckDB write the same shape (threads=1 and default) and prints the ratios.

var rows = 10_000_000L;
var outDir = Path.Combine(Path.GetTempPath(), "adoptionsim-bench-parquet");
var codec = ParquetCodec.Snappy;
var duckdb = false;
string? readers = null;
for (var a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--rows": rows = long.Parse(args[++a], CultureInfo.InvariantCulture); break;
        case "--out": outDir = args[++a]; break;
        case "--codec": codec = Enum.Parse<ParquetCodec>(args[++a], ignoreCase: true); break;
        case "--duckdb": duckdb = true; break;
        case "--readers": readers = args[++a]; break;
        default: Console.Error.WriteLine($"unknown argument {args[a]}"); return 2;
    }
}
Directory.CreateDirectory(outDir);
var path = Path.Combine(outDir, $"ours-{rows}.parquet");

// Warm the JIT on a small file so the timing measures steady-state writing, as DuckDB's does.
WriteTable(Path.Combine(outDir, "warmup.parquet"), 50_000, codec);
File.Delete(Path.Combine(outDir, "warmup.parquet"));
GC.Collect();

// Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var stopwatch = Stopwatch.StartNew();
var valueBytes = WriteTable(path, rows, codec);
stopwatch.Stop();
var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

var seconds = stopwatch.Elapsed.TotalSeconds;
var fileBytes = new FileInfo(path).Length;
var process = Process.GetCurrentProcess();
process.Refresh();
var rowGroupRows = new ParquetWriteOptions().RowGroupRowsFor(CityTickRow.Schema);
const double MB = 1024 * 1024;

Console.WriteLine($"AdoptionSim writer: {rows:N0} rows, codec {codec}, {rowGroupRows:N0} rows per row group");
Console.WriteLine($"  time              {seconds,10:F2} s wall, {cpuSeconds:F2} s CPU");
Console.WriteLine($"  rows/s            {rows / seconds,10:N0}");
Console.WriteLine($"  file              {fileBytes / MB,10:F1} MB  ({fileBytes / MB / seconds:F1} MB/s)");
Console.WriteLine($"  uncompressed data {valueBytes / MB,10:F1} MB  ({valueBytes / MB / seconds:F1} MB/s)");
Console.WriteLine($"  peak working set  {process.PeakWorkingSet64 / MB,10:F1} MB");
Console.WriteLine($"  GC heap (now)     {GC.GetGCMemoryInfo().HeapSizeBytes / MB,10:F1} MB, total allocated {GC.GetTotalAllocatedBytes() / MB:F1} MB, gen2 collections {GC.CollectionCount(2)}");

if (duckdb)
{
    readers ??= FindReaders();
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = readers };
    foreach (var arg in new[] { Path.Combine(readers, "bench-duckdb.mjs"), "--rows", rows.ToString(CultureInfo.InvariantCulture), "--out", outDir, "--check", path })
        start.ArgumentList.Add(arg);
    using var node = Process.Start(start)!;
    var output = node.StandardOutput.ReadToEnd();
    node.WaitForExit();
    if (node.ExitCode != 0) { Console.Error.WriteLine(output); return 1; }
    using var json = JsonDocument.Parse(output);
    var root = json.RootElement;
    var check = root.GetProperty("check");
    Console.WriteLine($"DuckDB reads our file: {check.GetProperty("rows").GetString()} rows, sum(adopters) {check.GetProperty("sum_adopters").GetString()}");
    foreach (var run in root.GetProperty("runs").EnumerateArray())
    {
        var threads = run.GetProperty("threads").GetString();
        var duckSeconds = run.GetProperty("seconds").GetDouble();
        var duckCpu = run.GetProperty("cpu_seconds").GetDouble();
        var duckBytes = run.GetProperty("file_bytes").GetInt64();
        Console.WriteLine($"DuckDB COPY … TO (FORMAT parquet), threads {threads}: {duckSeconds:F2} s wall, {duckCpu:F2} s CPU, {rows / duckSeconds:N0} rows/s, file {duckBytes / MB:F1} MB");
        Console.WriteLine($"  throughput ratio ours / DuckDB(threads {threads}): {duckSeconds / seconds:F2} by wall time, {duckCpu / cpuSeconds:F2} by CPU time");
    }
}
return 0;

static long WriteTable(string path, long rows, ParquetCodec codec)
{
    long valueBytes = 0;
    using var writer = ParquetTableWriter.Create<CityTickRow>(path, new ParquetWriteOptions { Codec = codec });
    for (long i = 0; i < rows; i++)
    {
        var row = CityTickRow.Generate(i);
        valueBytes += row.ValueBytes;
        writer.Append(in row);
    }
    writer.Complete();
    return valueBytes;
}

static string FindReaders()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "AdoptionSim.sln"))) return Path.Combine(dir.FullName, "tests", "readers");
    throw new InvalidOperationException("No AdoptionSim.sln above the benchmark; pass --readers DIR.");
}
