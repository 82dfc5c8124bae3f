/**
 * A ZIP package (the container of .xlsx) written entry by entry, each entry compressed as it is produced with
 * the platform's native raw deflate (`CompressionStream("deflate-raw")`, in browsers and Node): a part given as
 * a sequence of slices is never held whole, so a large sheet costs its compressed size in memory. Where the
 * platform has no `CompressionStream` the package is made by JSZip instead (same parts, slower).
 */
import JSZip from "jszip";
import { crc32 } from "./crc32";

/** One part: its bytes at once, or its slices in order (produced on demand, e.g. a sheet row by row). */
export interface ZipEntry {
  name: string;
  data: Uint8Array | (() => Iterable<Uint8Array>);
  date?: Date;
}

interface Written {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: Uint8Array[];
  compressedSize: number;
  time: number;
  date: number;
  offset: number;
}

/** Slices are gathered up to this many bytes before they are handed to the compressor. */
const BATCH = 1 << 18;
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function slicesOf(data: ZipEntry["data"]): Iterable<Uint8Array> {
  return data instanceof Uint8Array ? [data] : data();
}

/** The platform's CompressionStream, or null (looked up at call time: some test hosts hide it). */
function compressionStream(): (new (format: "deflate-raw") => CompressionStream) | null {
  const g = globalThis as { CompressionStream?: new (format: "deflate-raw") => CompressionStream };
  return typeof g.CompressionStream === "function" ? g.CompressionStream : null;
}

async function deflateEntry(
  Stream: new (format: "deflate-raw") => CompressionStream,
  data: ZipEntry["data"]
): Promise<{ crc: number; size: number; compressed: Uint8Array[]; compressedSize: number }> {
  const stream = new Stream("deflate-raw");
  const writer = stream.writable.getWriter();
  const compressed: Uint8Array[] = [];
  let compressedSize = 0;
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      compressed.push(value);
      compressedSize += value.length;
    }
  })();
  let crc = 0;
  let size = 0;
  let batch: Uint8Array[] = [];
  let batchSize = 0;
  const flush = async (): Promise<void> => {
    if (batchSize === 0) return;
    const joined = batch.length === 1 ? (batch[0] as Uint8Array) : concat(batch, batchSize);
    batch = [];
    batchSize = 0;
    // CompressionStream's typings want a view of a plain ArrayBuffer; every slice here is one.
    await writer.write(joined as Uint8Array<ArrayBuffer>);
  };
  for (const slice of slicesOf(data)) {
    crc = crc32(slice, crc);
    size += slice.length;
    batch.push(slice);
    batchSize += slice.length;
    if (batchSize >= BATCH) await flush();
  }
  await flush();
  await writer.close();
  await reading;
  return { crc, size, compressed, compressedSize };
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function localHeader(w: Written): Uint8Array {
  const h = new Uint8Array(30 + w.name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, UTF8_NAMES, true);
  v.setUint16(8, DEFLATED, true);
  v.setUint16(10, w.time, true);
  v.setUint16(12, w.date, true);
  v.setUint32(14, w.crc, true);
  v.setUint32(18, w.compressedSize, true);
  v.setUint32(22, w.size, true);
  v.setUint16(26, w.name.length, true);
  v.setUint16(28, 0, true);
  h.set(w.name, 30);
  return h;
}

function centralHeader(w: Written): Uint8Array {
  const h = new Uint8Array(46 + w.name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, UTF8_NAMES, true);
  v.setUint16(10, DEFLATED, true);
  v.setUint16(12, w.time, true);
  v.setUint16(14, w.date, true);
  v.setUint32(16, w.crc, true);
  v.setUint32(20, w.compressedSize, true);
  v.setUint32(24, w.size, true);
  v.setUint16(28, w.name.length, true);
  v.setUint32(42, w.offset, true);
  h.set(w.name, 46);
  return h;
}

function endOfDirectory(count: number, size: number, offset: number): Uint8Array {
  const h = new Uint8Array(22);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return h;
}

async function withJsZip(entries: ZipEntry[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) {
    const slices = [...slicesOf(e.data)];
    const total = slices.reduce((n, s) => n + s.length, 0);
    zip.file(e.name, slices.length === 1 ? (slices[0] as Uint8Array) : concat(slices, total), {
      date: e.date,
    });
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The entries as one deflated ZIP package, in the order given. */
export async function writeZip(entries: ZipEntry[]): Promise<Uint8Array> {
  const Stream = compressionStream();
  if (!Stream) return withJsZip(entries);
  const encoder = new TextEncoder();
  const written: Written[] = [];
  let offset = 0;
  for (const e of entries) {
    const d = dosTime(e.date ?? new Date());
    const body = await deflateEntry(Stream, e.data);
    const w: Written = { name: encoder.encode(e.name), ...body, ...d, offset };
    written.push(w);
    offset += 30 + w.name.length + w.compressedSize;
  }
  const central = written.map(centralHeader);
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const w of written) {
    const h = localHeader(w);
    out.set(h, at);
    at += h.length;
    for (const c of w.compressed) {
      out.set(c, at);
      at += c.length;
    }
    w.compressed = [];
  }
  for (const c of central) {
    out.set(c, at);
    at += c.length;
  }
  out.set(endOfDirectory(written.length, centralSize, offset), at);
  return out;
}
