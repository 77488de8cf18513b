// Reads Parquet files with parquet-wasm (the Rust arrow-rs reader) into Apache Arrow and prints
// canonical JSON (see canonical.mjs).
import { readFile } from 'node:fs/promises';
import { readParquet } from 'parquet-wasm';
import { tableFromIPC, Type } from 'apache-arrow';
import { main, float64ArrayBits, int64 } from './canonical.mjs';

function typeOf(field) {
  switch (field.type.typeId) {
    case Type.Int: return field.type.bitWidth === 32 && field.type.isSigned ? 'Int32' : field.type.bitWidth === 64 && field.type.isSigned ? 'Int64' : `unexpected ${field.type}`;
    case Type.Float: return field.type.precision === 2 ? 'Double' : `unexpected ${field.type}`;
    case Type.Bool: return 'Boolean';
    case Type.Utf8: case Type.LargeUtf8: return 'String';
    default: return `unexpected ${field.type}`;
  }
}

await main(async (file) => {
  const bytes = new Uint8Array(await readFile(file));
  const table = tableFromIPC(readParquet(bytes).intoIPCStream());
  const fields = table.schema.fields;
  const names = fields.map((f) => f.name);
  const types = fields.map(typeOf);
  const columns = fields.map((f, c) => {
    const out = [];
    for (const data of table.getChildAt(c).data) {
      for (let j = 0; j < data.length; j++) {
        if (!data.getValid(j)) { out.push(null); continue; }
        switch (types[c]) {
          case 'Double': out.push(float64ArrayBits(data.values, data.offset + j)); break; // Arrow's buffer: exact bits
          case 'Int64': out.push(int64(data.values[data.offset + j])); break;
          case 'Int32': out.push(data.values[data.offset + j]); break;
          default: out.push(table.getChildAt(c).get(out.length)); break;
        }
      }
    }
    return out;
  });
  const rows = [];
  for (let r = 0; r < table.numRows; r++) rows.push(columns.map((col) => col[r]));
  return { names, types, rows };
});
