import fc from "fast-check";
import JSZip from "jszip";
import { crc32 } from "../../../src/workbook/file/package/crc32";
import { writeZip, type ZipEntry } from "../../../src/workbook/file/package/zipWriter";

/** The CRC-32 bit by bit, as the ZIP format defines it. */
function referenceCrc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("crc32", () => {
  test.each([
    ["", 0],
    ["a", 0xe8b7be43],
    ["123456789", 0xcbf43926],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("of %j is the standard value", (text, expected) => {
    expect(crc32(utf8(text))).toBe(expected);
  });

  test("equals the bitwise definition, and continuing over slices equals the whole", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (bytes, at) => {
        const cut = bytes.length === 0 ? 0 : at % bytes.length;
        const whole = crc32(bytes);
        expect(whole).toBe(referenceCrc(bytes));
        expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
      })
    );
  });
});

const ENTRIES = (): ZipEntry[] => [
  { name: "[Content_Types].xml", data: utf8("<Types/>") },
  { name: "empty.txt", data: new Uint8Array(0) },
  { name: "xl/données/ünïcode.xml", data: utf8("é€𝄞") },
  {
    name: "xl/worksheets/sheet1.xml",
    // Many slices, larger than one compression batch, produced on demand.
    data: function* () {
      for (let r = 1; r <= 20_000; r++)
        yield utf8(`<row r="${r}"><c r="A${r}"><v>${r * 7}</v></c></row>`);
    },
  },
];

function expectedText(entry: ZipEntry): string {
  const slices = entry.data instanceof Uint8Array ? [entry.data] : [...entry.data()];
  return slices.map((s) => new TextDecoder().decode(s)).join("");
}

async function entriesOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: Record<string, string> = {};
  const files: JSZip.JSZipObject[] = [];
  zip.forEach((_, file) => {
    if (!file.dir) files.push(file);
  });
  for (const file of files) out[file.name] = await file.async("string");
  return out;
}

describe("writeZip", () => {
  test("a package JSZip opens with every entry, its bytes and checksums, in order", async () => {
    const bytes = await writeZip(ENTRIES());
    const read = await entriesOf(bytes);
    expect(Object.keys(read)).toEqual(ENTRIES().map((e) => e.name));
    for (const e of ENTRIES()) expect(read[e.name]).toBe(expectedText(e));
    // Deflated: far smaller than the 900 kB of rows.
    expect(bytes.length).toBeLessThan(300_000);
  });

  test("without CompressionStream the same entries are packaged by JSZip", async () => {
    const g = globalThis as { CompressionStream?: unknown };
    const saved = g.CompressionStream;
    g.CompressionStream = undefined;
    try {
      const read = await entriesOf(await writeZip(ENTRIES()));
      for (const e of ENTRIES()) expect(read[e.name]).toBe(expectedText(e));
    } finally {
      g.CompressionStream = saved;
    }
  });
});
