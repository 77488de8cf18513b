// DuckDB's side of scripts/bench-parquet.sh: builds the per-city-per-tick table in memory (same
// shape as the C# benchmark: 4 integer, 4 double, 2 dictionary-string columns), then times only
// COPY … TO (FORMAT parquet) with 1 thread and with its default threads. With --check FILE it
// also reads our file back (row count, sum of adopters) as a sanity check.
// Usage: node bench-duckdb.mjs --rows N --out DIR [--check FILE]
import { DuckDBInstance } from '@duckdb/node-api';
import { statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const rows = BigInt(option('--rows', '10000000'));
const out = option('--out', '/tmp');
const check = option('--check', null);

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const defaultThreads = (await connection.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowObjectsJson()[0].t;

await connection.run(`
  CREATE TABLE results AS
  SELECT (i // 1000)::INTEGER AS tick,
         (i % 1000)::INTEGER AS city_id,
         ((i // 1000) * 37 + (i % 1000) * 11) % 100000 AS adopters,
         100000 + (i % 1000) * 17 AS population,
         (((i // 1000) * 37 + (i % 1000) * 11) % 100000)::DOUBLE / (100000 + (i % 1000) * 17) AS share,
         (hash(i, 1) % 1000000007)::DOUBLE / 1000000007 AS hazard,
         10 + (hash(i, 2) % 1000000007)::DOUBLE / 1000000007 * 90 AS price,
         (hash(i, 3) % 1000000007)::DOUBLE / 1000000007 * 2 - 1 AS utility,
         'city-' || lpad((i % 1000)::VARCHAR, 4, '0') AS city,
         ['innovator', 'early-adopter', 'majority', 'laggard'][(i % 4) + 1] AS class
  FROM range(0, ${rows}) t(i)`);

const runs = [];
for (const threads of ['1', String(defaultThreads)]) {
  await connection.run(`SET threads TO ${threads}`);
  const file = join(out, `duckdb-threads${threads}-${rows}.parquet`);
  rmSync(file, { force: true });
  const cpu = process.cpuUsage(); // the whole process, so every DuckDB thread
  const start = process.hrtime.bigint();
  await connection.run(`COPY results TO '${file}' (FORMAT parquet)`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  runs.push({ threads, seconds, cpu_seconds: (used.user + used.system) / 1e6, file_bytes: statSync(file).size });
  rmSync(file, { force: true });
}

let checked = null;
if (check) {
  const r = await connection.runAndReadAll(`SELECT count(*)::VARCHAR AS rows, sum(adopters)::VARCHAR AS sum_adopters FROM read_parquet('${check}')`);
  checked = r.getRowObjectsJson()[0];
}
process.stdout.write(JSON.stringify({ runs, check: checked }) + '\n');
