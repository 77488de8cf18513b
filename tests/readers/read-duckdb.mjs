// Reads Parquet files with DuckDB (its C++ reader) and prints canonical JSON (see canonical.mjs).
import { DuckDBInstance } from '@duckdb/node-api';
import { main, float64ArrayBits, int64 } from './canonical.mjs';

const TYPES = { INTEGER: 'Int32', BIGINT: 'Int64', DOUBLE: 'Double', BOOLEAN: 'Boolean', VARCHAR: 'String' };

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

await main(async (file) => {
  const result = await connection.run(`SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
  const names = result.columnNames();
  const types = result.columnTypes().map((t) => TYPES[t.toString()] ?? `unexpected ${t.toString()}`);
  const rows = [];
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const vectors = names.map((_, c) => chunk.getColumnVector(c));
    for (let r = 0; r < chunk.rowCount; r++) {
      rows.push(vectors.map((v, c) => {
        const item = v.getItem(r);
        if (item === null) return null;
        switch (types[c]) {
          case 'Double': return float64ArrayBits(v.items, r); // the vector's own memory: exact bits
          case 'Int64': return int64(item);
          default: return item;
        }
      }));
    }
  }
  return { names, types, rows };
});
