import fc from "fast-check";
import { formatMoney, formatPercent, growthDecimals } from "../../../src/core/summarise/format";
import { JPY_MN, USD_MN } from "./fixtures";

describe("formatMoney", () => {
  it.each([
    [12100, JPY_MN, "JPY12.1B"],
    [968, JPY_MN, "JPY968M"],
    [39900, JPY_MN, "JPY39.9B"],
    [999.4, JPY_MN, "JPY999M"],
    [999.6, JPY_MN, "JPY1.0B"],
    [1000, JPY_MN, "JPY1.0B"],
    [1234567, JPY_MN, "JPY1,234.6B"],
    [-210, JPY_MN, "-JPY210M"],
    [0, JPY_MN, "JPY0M"],
    [0.25, JPY_MN, "JPY250K"],
    [1210, USD_MN, "$1.2B"],
    [12_100_000_000, { currency: "JPY", scale: 1, label: "JPY" }, "JPY12.1B"],
    [12_100_000, { currency: "EUR", scale: 1e3, label: "EUR thousands" }, "EUR12.1B"],
    [186, { scale: 1e6, label: "millions" }, "186M"],
  ])("%p in %o reads %s", (amount, unit, expected) => {
    expect(formatMoney(amount, unit)).toBe(expected);
  });

  it("always prints a finite number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (amount) => {
        expect(formatMoney(amount, JPY_MN)).toMatch(/^-?JPY[0-9,.e+]+[BMK]$/);
      })
    );
  });
});

describe("formatMoney in crore", () => {
  const INR_CR = { currency: "INR", scale: 1e7, label: "INR crore" };
  const INR_LAKH = { currency: "INR", scale: 1e5, label: "INR lakh" };
  it.each([
    [3456, INR_CR, "INR 3,456 Cr"],
    [3456.4, INR_CR, "INR 3,456 Cr"],
    [-210, INR_CR, "-INR 210 Cr"],
    [12.46, INR_CR, "INR 12.5 Cr"],
    [0.45, INR_CR, "INR 45.0 lakh"],
    [0, INR_CR, "INR 0 Cr"],
    [345_600, INR_LAKH, "INR 3,456 Cr"],
    [250, INR_LAKH, "INR 2.5 Cr"],
    [45, INR_LAKH, "INR 45.0 lakh"],
    [3456, { scale: 1e7, label: "crore" }, "3,456 Cr"],
    // a pack in INR millions keeps the B/M style
    [34_560, { currency: "INR", scale: 1e6, label: "INR mn" }, "INR34.6B"],
  ])("%p in %o reads %s", (amount, unit, expected) => {
    expect(formatMoney(amount, unit)).toBe(expected);
  });

  it("never shows a crore figure in thousands", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (amount) => {
        expect(formatMoney(amount, INR_CR)).toMatch(/^-?INR [0-9,.]+ (Cr|lakh)$/);
      })
    );
  });
});

describe("formatPercent", () => {
  it.each([
    [0.31593, 1, "31.6%"],
    [2.281, 0, "228%"],
    [0.0696, 0, "7%"],
    [0.01537, 1, "1.5%"],
    [-0.0262, 1, "-2.6%"],
    [-0.0001, 1, "0.0%"],
    [12.5, 1, "1,250.0%"],
  ])("%p with %p decimals reads %s", (ratio, decimals, expected) => {
    expect(formatPercent(ratio, decimals)).toBe(expected);
  });
});

describe("growthDecimals", () => {
  it.each([
    [[0.316, 0.219], 1],
    [[2.28, 0.07], 0],
    [[0.9996, 0.1], 0],
    [[0.9994], 1],
    [[-0.5], 1],
    [[], 1],
  ])("%p → %p decimals", (growths, decimals) => {
    expect(growthDecimals(growths)).toBe(decimals);
  });
});
