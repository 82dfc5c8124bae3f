/**
 * Draws the QuarterDeck icon (a deck with three rising bars) into assets/icon-<size>.png.
 * Pure Node (zlib only): shapes are defined in a unit square and supersampled for anti-aliasing.
 * Run: npx tsx scripts/generate-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng, type Rgba } from "./png";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

interface Shape {
  readonly inside: (x: number, y: number) => boolean;
  readonly color: Rgba;
}

const NAVY: Rgba = [16, 58, 99, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [246, 178, 44, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Painter's order: later shapes cover earlier ones. Coordinates: 0..1, y downwards. */
const SHAPES: readonly Shape[] = [
  { inside: roundedRect(0, 0, 1, 1, 0.2), color: NAVY },
  // the deck: a plank the bars stand on (edges on the 16 px grid so the small icon stays crisp)
  { inside: roundedRect(0.125, 0.75, 0.875, 0.875, 0.02), color: WHITE },
  // three rising bars, the last one highlighted
  { inside: roundedRect(0.1875, 0.5, 0.375, 0.75, 0.01), color: WHITE },
  { inside: roundedRect(0.4375, 0.3125, 0.625, 0.75, 0.01), color: WHITE },
  { inside: roundedRect(0.6875, 0.125, 0.875, 0.75, 0.01), color: AMBER },
];

function colourAt(x: number, y: number): Rgba {
  let c: Rgba = [0, 0, 0, 0];
  for (const s of SHAPES) if (s.inside(x, y)) c = s.color;
  return c;
}

/** Renders the icon at size×size pixels with 8×8 supersampling (premultiplied averaging). */
export function renderIcon(size: number): Uint8Array {
  const samples = 8;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * size + px) * 4;
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round(a / (samples * samples));
    }
  }
  return out;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
