// Shared by the reader scripts: one canonical JSON shape whichever library read the file, so the
// C# tests compare them all the same way.
//   { "results": [ { "file", "names": [...], "types": [...], "rows": [[...], ...] } | { "file", "error" } ] }
// types use AdoptionSim's names (Int32, Int64, Double, Boolean, String). Values: int32 as a JSON
// number, int64 as a decimal string, double as "0x" + its 64-bit pattern in 16 hex digits (bit for
// bit: -0.0, infinities and NaN payloads stay distinct), booleans and strings as themselves, null as null.

const view = new DataView(new ArrayBuffer(8));

/** Bits of a JS number. Only used where the library hands out numbers, not the raw Float64Array. */
export function numberBits(x) {
  view.setFloat64(0, x, true);
  return '0x' + view.getBigUint64(0, true).toString(16).padStart(16, '0');
}

/** Bits of element i of a Float64Array, read from its memory, never through a JS number. */
export function float64ArrayBits(array, i) {
  const u = new BigUint64Array(array.buffer, array.byteOffset, array.length);
  return '0x' + u[i].toString(16).padStart(16, '0');
}

export function int64(x) {
  return typeof x === 'bigint' ? x.toString() : String(BigInt(x));
}

/** Runs `read(file)` for every file on the command line and prints one JSON document. */
export async function main(read) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error(`usage: node ${process.argv[1]} file.parquet [more.parquet ...]`);
    process.exit(2);
  }
  const results = [];
  for (const file of files) {
    try {
      results.push({ file, ...(await read(file)) });
    } catch (e) {
      results.push({ file, error: String(e && e.stack || e) });
    }
  }
  process.stdout.write(JSON.stringify({ results }) + '\n');
}
