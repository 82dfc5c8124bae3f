/**
 * SVG path of a sparkline: values spread evenly over the width, scaled between their min and max into
 * the height (y grows downward). Nulls and non-finite numbers break the line into segments.
 * Returns "" when there is nothing to draw. Never yields NaN.
 */
export function sparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2
): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0 || width <= 0 || height <= 0) return "";
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min;
  const innerH = Math.max(height - 2 * pad, 0);
  const stepX = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) =>
    span > 0 && Number.isFinite(span) ? pad + innerH * (1 - (v - min) / span) : pad + innerH / 2;
  let path = "";
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      return;
    }
    const x = values.length > 1 ? pad + stepX * i : width / 2;
    const cmd = drawing ? "L" : "M";
    path += `${path ? " " : ""}${cmd}${round(x)},${round(y(v))}`;
    drawing = true;
  });
  return path;
}

function round(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Number.isFinite(r) ? String(r) : "0";
}
