// Has DuckDB write a Parquet file: node duckdb-write.mjs out.parquet "<SELECT …>" ["<COPY options>"]
// runs COPY (<SELECT …>) TO 'out.parquet' (FORMAT parquet[, <COPY options>]).
import { DuckDBInstance } from '@duckdb/node-api';

const [out, select, options] = process.argv.slice(2);
if (!out || !select) {
  console.error('usage: node duckdb-write.mjs out.parquet "<SELECT ...>" ["<COPY options>"]');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`COPY (${select}) TO '${out.replaceAll("'", "''")}' (FORMAT parquet${options ? ', ' + options : ''})`);
process.stdout.write(JSON.stringify({ written: out }) + '\n');
