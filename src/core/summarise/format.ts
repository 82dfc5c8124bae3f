import type { Unit } from "../read/types";

/** Digits of a non-negative integer string grouped by thousands: "39900" → "39,900". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A non-negative number rounded to `decimals` places, with thousands separators. */
export function formatFixed(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = "0", fraction] = rounded.toFixed(decimals).split(".");
  return fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
}

/** Currency prefix as the seed writes it: the ISO code first ("JPY12.1B"), "$" for US dollars, nothing when unknown. */
export function currencyPrefix(currency: string | undefined): string {
  if (currency === undefined || currency === "") return "";
  return currency.toUpperCase() === "USD" ? "$" : currency.toUpperCase();
}

/**
 * Money in the seed's style. `amount` is in the dataset's money unit; absolute = amount × unit.scale.
 * |absolute| ≥ 1 billion → one decimal B ("JPY12.1B"); ≥ 0.5 million (or zero) → whole M ("JPY968M");
 * smaller amounts → whole K. Negative amounts carry a leading minus ("-JPY120M"); callers that speak of
 * losses pass the magnitude. Figures reported in crore or lakh stay in crore ("INR 3,456 Cr", see `formatIndian`).
 */
export function formatMoney(amount: number, money: Unit): string {
  // Clamped so that absurd inputs still print a finite number.
  const absolute = Math.min(Math.abs(amount * money.scale), Number.MAX_VALUE);
  const sign = amount < 0 && absolute > 0 ? "-" : "";
  const prefix = currencyPrefix(money.currency);
  if (isIndianScale(money)) return `${sign}${formatIndian(absolute, prefix)}`;
  if (Math.round(absolute / 1e6) >= 1000)
    return `${sign}${prefix}${formatFixed(absolute / 1e9, 1)}B`;
  if (absolute >= 5e5 || absolute === 0)
    return `${sign}${prefix}${formatFixed(absolute / 1e6, 0)}M`;
  return `${sign}${prefix}${formatFixed(absolute / 1e3, 0)}K`;
}

const CRORE = 1e7;
const LAKH = 1e5;

/** Figures reported in crore or lakh (Indian results: "INR Crs", "Rs. in lakhs") are shown in crore. */
export function isIndianScale(money: Unit): boolean {
  return money.scale === CRORE || money.scale === LAKH;
}

/**
 * An absolute amount in the Indian style its figures were reported in: ≥ 100 crore in whole crore
 * ("INR 3,456 Cr"), ≥ 1 crore with one decimal ("INR 12.5 Cr"), smaller amounts in lakh ("INR 45.0 lakh").
 */
function formatIndian(absolute: number, prefix: string): string {
  const lead = prefix === "" ? "" : `${prefix} `;
  if (Math.round(absolute / CRORE) >= 100 || absolute === 0)
    return `${lead}${formatFixed(absolute / CRORE, 0)} Cr`;
  if (Math.round((absolute / CRORE) * 10) >= 10)
    return `${lead}${formatFixed(absolute / CRORE, 1)} Cr`;
  return `${lead}${formatFixed(absolute / LAKH, 1)} lakh`;
}

/** A ratio as a percentage with `decimals` places: 0.31593 → "31.6%"; negative ratios keep their sign. */
export function formatPercent(ratio: number, decimals: number): string {
  const text = formatFixed(ratio * 100, decimals);
  const isZero = Number(text.replace(/,/g, "")) === 0;
  return `${ratio < 0 && !isZero ? "-" : ""}${text}%`;
}

/**
 * The precision a sentence's growth figures share: whole percents when any of them is 100% or more
 * (shown rounded to one decimal), else one decimal.
 */
export function growthDecimals(growths: number[]): number {
  return growths.some((g) => Math.round(Math.abs(g) * 1000) >= 1000) ? 0 : 1;
}
