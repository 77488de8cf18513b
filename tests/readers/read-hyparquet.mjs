// Reads Parquet files with hyparquet (pure JavaScript) and prints canonical JSON (see canonical.mjs).
import { readFile } from 'node:fs/promises';
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { main, numberBits, int64 } from './canonical.mjs';

function typeOf(element) {
  switch (element.type) {
    case 'INT32': return 'Int32';
    case 'INT64': return 'Int64';
    case 'DOUBLE': return 'Double';
    case 'BOOLEAN': return 'Boolean';
    case 'BYTE_ARRAY': return element.converted_type === 'UTF8' || element.logical_type?.type === 'STRING' ? 'String' : 'unannotated BYTE_ARRAY';
    default: return `unexpected ${element.type}`;
  }
}

await main(async (file) => {
  const bytes = await readFile(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const metadata = parquetMetadata(buffer);
  const leaves = metadata.schema.slice(1);
  const names = leaves.map((e) => e.name);
  const types = leaves.map(typeOf);
  let rows = [];
  if (Number(metadata.num_rows) > 0) {
    await parquetRead({ file: buffer, metadata, compressors, rowFormat: 'array', onComplete: (r) => { rows = r; } });
  }
  rows = rows.map((row) => row.map((value, c) => {
    if (value === null || value === undefined) return null;
    switch (types[c]) {
      case 'Double': return numberBits(value); // hyparquet hands out JS numbers
      case 'Int64': return int64(value);
      default: return value;
    }
  }));
  return { names, types, rows };
});
