// Prints what DuckDB sees in each file's footer: parquet_metadata (per column chunk: encodings,
// codec, statistics), parquet_kv_metadata and parquet_file_metadata, as JSON (values as text).
import { DuckDBInstance } from '@duckdb/node-api';
import { main } from './canonical.mjs';

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

async function rows(sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

await main(async (file) => {
  const f = `'${file.replaceAll("'", "''")}'`;
  return {
    columns: await rows(`SELECT row_group_id, row_group_num_rows, path_in_schema, type, num_values,
        stats_min_value, stats_max_value, stats_null_count, compression, encodings,
        dictionary_page_offset, data_page_offset, total_compressed_size, total_uncompressed_size
      FROM parquet_metadata(${f}) ORDER BY row_group_id, column_id`),
    kv: await rows(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${f})`),
    fileMetadata: (await rows(`SELECT created_by, num_rows, num_row_groups, format_version FROM parquet_file_metadata(${f})`))[0],
    schema: await rows(`SELECT name, type, repetition_type, converted_type, logical_type FROM parquet_schema(${f})`),
  };
});
