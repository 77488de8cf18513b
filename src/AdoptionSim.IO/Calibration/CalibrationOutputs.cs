using System.Text.Json.Nodes;
using AdoptionSim.Analysis.Calibration;
using AdoptionSim.Charts;
using AdoptionSim.IO.Studies;
using AdoptionSim.Parquet;

namespace AdoptionSim.IO.Calibration;

/// <summary>
/// What a calibration writes into its folder (besides the runs under <c>batches/</c>):
/// <list type="bullet">
/// <item><c>estimates.parquet</c>: per parameter the estimate and its 95% interval (confidence for SMM, credible for ABC);</item>
/// <item><c>moments.parquet</c>: per observed row, the observed value, its standard error and weight, and the simulated value;</item>
/// <item><c>fitted.parquet</c>: every tick of each observed series, the fitted runs' mean and 95% range;</item>
/// <item><c>posterior.parquet</c> and <c>generations.parquet</c> (ABC): the weighted draws, and each generation's tolerance and acceptance;</item>
/// <item><c>outputs.parquet</c>: every run's statistic for every observed row;</item>
/// <item><c>calibration.json</c>: the resolved file with provenance (file, data and scenario SHA-256, seeds, version) and the results;</item>
/// <item><c>figures/</c>: fitted against observed, and (ABC) the posterior marginals (<see cref="CalibrationPlots"/>).</item>
/// </list>
/// </summary>
public static class CalibrationOutputs
{
    public const string SummaryFile = "calibration.json";

    public static JsonObject Resolved(CalibrationSpec spec)
    {
        var resolved = StudyManifest.Resolved(spec.Setup);
        resolved["observed"] = new JsonObject
        {
            ["file"] = spec.DataFile,
            ["sha256"] = spec.DataSha256,
            ["start_year"] = spec.StartYear,
            ["rows"] = spec.Observations.Count,
            ["rows_ignored"] = spec.Ignored,
        };
        resolved["distance"] = new JsonArray(spec.Observations.Select(o => o.Probe.Measure.Text).Distinct().Select(measure => (JsonNode?)new JsonObject
        {
            ["measure"] = measure,
            ["weight"] = spec.Distance.Count == 0 ? 1.0 : spec.Distance.First(d => d.Measure.Text == measure).Weight,
        }).ToArray());
        resolved["method"] = spec.MethodName;
        resolved["settings"] = spec.Method switch
        {
            CalibrationMethod.Smm => new JsonObject
            {
                ["replications"] = spec.Smm.Replications,
                ["screening_points"] = spec.Smm.ScreeningPoints,
                ["max_evaluations"] = spec.Smm.MaxEvaluations,
                ["restarts"] = spec.Smm.Restarts,
                ["jacobian_step"] = spec.Smm.JacobianStep,
                ["covariance_replications"] = spec.Smm.CovarianceReplications,
                ["level"] = spec.Smm.Level,
            },
            CalibrationMethod.AbcRejection => new JsonObject { ["simulations"] = spec.AbcRejection.Simulations, ["accepted"] = spec.AbcRejection.Accepted },
            _ => new JsonObject
            {
                ["particles"] = spec.AbcSmc.Particles,
                ["quantile"] = spec.AbcSmc.Quantile,
                ["max_generations"] = spec.AbcSmc.MaxGenerations,
                ["min_acceptance_rate"] = spec.AbcSmc.MinAcceptanceRate,
                ["max_simulations"] = spec.AbcSmc.MaxSimulations,
                ["target_epsilon"] = spec.AbcSmc.TargetEpsilon,
            },
        };
        return resolved;
    }

    public static IReadOnlyList<string> Write(string directory, CalibrationSpec spec, JsonObject resolved, SweepSimulator simulator, MomentsFit? fit, AbcPosterior? posterior)
    {
        var metadata = StudyManifest.ParquetMetadata(CalibrationRunner.Kind, spec.Setup, resolved);
        var space = spec.Setup.Space;
        var fitted = FittedRuns.For(simulator.Records, fit, posterior);
        var simulated = fit?.SimulatedMoments.ToArray() ?? fitted.MomentMeans(spec.Moments.Count);
        var files = new List<string>();
        string Table(StudyTable table, string name)
        {
            var path = Path.Combine(directory, name);
            table.Write(path, metadata);
            files.Add(path);
            return path;
        }

        var results = new JsonObject { ["batches"] = simulator.Batches, ["runs"] = simulator.Records.Select(r => (r.Batch, r.Point, r.Replicate)).Distinct().Count() };
        var estimates = fit is not null ? SmmEstimates(fit, results) : AbcEstimates(posterior!, results);
        Table(estimates, "estimates.parquet");

        var moments = new StudyTable([new("moment", ParquetType.String), new("measure", ParquetType.String), new("city", ParquetType.String, true),
            new("tick", ParquetType.Int32), new("year", ParquetType.Double, true), new("observed", ParquetType.Double), new("se", ParquetType.Double, true),
            new("weight", ParquetType.Double), new("simulated", ParquetType.Double)]);
        for (var k = 0; k < spec.Observations.Count; k++)
        {
            var o = spec.Observations[k];
            moments.Add(o.Probe.Name, o.Probe.Measure.Text, o.Probe.City, o.Probe.Tick, o.Year, o.Value, o.StandardError, spec.Moments.Weights[k], simulated[k]);
        }

        Table(moments, "moments.parquet");

        var series = new StudyTable([new("measure", ParquetType.String), new("city", ParquetType.String, true), new("tick", ParquetType.Int32),
            new("year", ParquetType.Double, true), new("fitted", ParquetType.Double), new("fitted_low", ParquetType.Double), new("fitted_high", ParquetType.Double),
            new("runs", ParquetType.Int32)]);
        foreach (var p in fitted.Series(directory, spec)) series.Add(p.Measure, p.City, p.Tick, p.Year, p.Mean, p.Low, p.High, p.Runs);
        Table(series, "fitted.parquet");

        if (posterior is not null)
        {
            var draws = new StudyTable(new ParquetColumn[] { new("particle", ParquetType.Int32), new("weight", ParquetType.Double),
                new("distance", ParquetType.Double), new("seed", ParquetType.Int64) }.Concat(space.Parameters.Select(p => new ParquetColumn(p.Name, ParquetType.Double))).ToArray());
            for (var i = 0; i < posterior.Particles.Count; i++)
            {
                var particle = posterior.Particles[i];
                draws.Add([i, particle.Weight, particle.Distance, particle.Seed, .. particle.Values.Cast<object?>()]);
            }

            Table(draws, "posterior.parquet");
            var generations = new StudyTable([new("generation", ParquetType.Int32), new("epsilon", ParquetType.Double), new("accepted", ParquetType.Int32),
                new("simulations", ParquetType.Int32), new("acceptance_rate", ParquetType.Double), new("effective_sample_size", ParquetType.Double)]);
            foreach (var g in posterior.Generations) generations.Add(g.Index, g.Epsilon, g.Accepted, g.Simulations, g.AcceptanceRate, g.EffectiveSampleSize);
            Table(generations, "generations.parquet");
        }

        var outputs = new StudyTable(new ParquetColumn[] { new("batch", ParquetType.Int32), new("point", ParquetType.String), new("replicate", ParquetType.Int32),
                new("seed", ParquetType.Int64) }.Concat(space.Parameters.Select(p => new ParquetColumn(p.Name, ParquetType.Double)))
            .Concat([new ParquetColumn("moment", ParquetType.String), new ParquetColumn("value", ParquetType.Double)]).ToArray());
        foreach (var record in simulator.Records.DistinctBy(r => (r.Batch, r.Point, r.Replicate)))
            for (var k = 0; k < spec.Observations.Count; k++)
                outputs.Add([record.Batch, record.Point, record.Replicate, record.Request.Seed, .. record.Request.Values.Cast<object?>(), spec.Observations[k].Probe.Name, record.Statistics[k]]);
        Table(outputs, "outputs.parquet");

        var summary = Path.Combine(directory, SummaryFile);
        StudyManifest.WriteSummary(summary, CalibrationRunner.Kind, resolved, results);
        files.Add(summary);
        files.AddRange(CalibrationPlots.Write(directory, Path.Combine(directory, "figures"), FigureFormat.Svg));
        return files;
    }

    private static StudyTable SmmEstimates(MomentsFit fit, JsonObject results)
    {
        var table = new StudyTable([new("parameter", ParquetType.String), new("estimate", ParquetType.Double), new("low", ParquetType.Double),
            new("high", ParquetType.Double), new("std_error_unit", ParquetType.Double)]);
        foreach (var e in fit.Estimates) table.Add(e.Parameter, e.Value, e.Interval.Lower, e.Interval.Upper, e.StandardErrorUnit);
        results["estimates"] = new JsonArray(fit.Estimates.Select(e => (JsonNode?)new JsonObject
        {
            ["parameter"] = e.Parameter,
            ["estimate"] = e.Value,
            ["low"] = e.Interval.Lower,
            ["high"] = e.Interval.Upper,
            ["std_error_unit"] = StudyManifest.Number(e.StandardErrorUnit),
        }).ToArray());
        results["objective"] = StudyManifest.Number(fit.Objective);
        results["identified"] = fit.Identified;
        results["converged"] = fit.Converged;
        results["evaluations"] = fit.Evaluations;
        results["simulations"] = fit.Simulations;
        results["replicate_seeds"] = new JsonArray(fit.Seeds.Select(s => (JsonNode?)s).ToArray());
        results["covariance_source"] = fit.CovarianceSource == MomentCovarianceSource.ObservedStandardErrors ? "observed standard errors" : "simulated replicates";
        results["covariance_unit"] = new JsonArray(fit.Covariance.Select(row => (JsonNode?)new JsonArray(row.Select(StudyManifest.Number).ToArray())).ToArray());
        return table;
    }

    private static StudyTable AbcEstimates(AbcPosterior posterior, JsonObject results)
    {
        var summary = posterior.Summarize();
        var table = new StudyTable([new("parameter", ParquetType.String), new("estimate", ParquetType.Double), new("low", ParquetType.Double),
            new("high", ParquetType.Double), new("mean", ParquetType.Double), new("sd", ParquetType.Double)]);
        foreach (var s in summary) table.Add(s.Parameter, s.Median, s.Credible.Lower, s.Credible.Upper, s.Mean, s.StandardDeviation);
        results["estimates"] = new JsonArray(summary.Select(s => (JsonNode?)new JsonObject
        {
            ["parameter"] = s.Parameter,
            ["estimate"] = s.Median,
            ["low"] = s.Credible.Lower,
            ["high"] = s.Credible.Upper,
            ["mean"] = s.Mean,
            ["sd"] = s.StandardDeviation,
        }).ToArray());
        results["epsilon"] = StudyManifest.Number(posterior.Epsilon);
        results["simulations"] = posterior.Simulations;
        results["effective_sample_size"] = posterior.EffectiveSampleSize;
        results["stop_reason"] = posterior.StopReason;
        results["generations"] = posterior.Generations.Count;
        return table;
    }
}
