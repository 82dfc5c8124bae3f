import { findUnitNote, parseUnitCell } from "../../../src/core/read/units";

describe("unit cells", () => {
  test.each<[string, string | undefined, number]>([
    ["JPY mn", "JPY", 1e6],
    ["JPY thousands", "JPY", 1e3],
    ["千円", "JPY", 1e3],
    ["百万円", "JPY", 1e6],
    ["USD m", "USD", 1e6],
    ["JPY", "JPY", 1],
    ["(¥ millions)", "JPY", 1e6],
    ["億円", "JPY", 1e8],
    ["millions", undefined, 1e6],
  ])("%s → %s × %d", (text, currency, scale) => {
    const unit = parseUnitCell(text);
    expect(unit).not.toBeNull();
    expect(unit?.currency).toBe(currency);
    expect(unit?.scale).toBe(scale);
  });

  test.each(["contracts", "Mbps", "subscribers", "%"])("%s is a count unit", (text) => {
    expect(parseUnitCell(text)).toEqual({ scale: 1, label: text });
  });

  test.each(["Total revenues", "Contracted bandwidth", "", "book", "IIJ Quarterly data book"])(
    "%j is not a unit",
    (text) => {
      expect(parseUnitCell(text)).toBeNull();
    }
  );
});

describe("unit notes in title rows", () => {
  test.each<[string, string | undefined, number]>([
    ["JPY in millions", "JPY", 1e6],
    ["(JPY in millions)", "JPY", 1e6],
    ["(¥ millions)", "JPY", 1e6],
    ["in thousands of U.S. dollars", "USD", 1e3],
    ["単位：百万円", "JPY", 1e6],
    ["（単位：千円）", "JPY", 1e3],
    ["Amounts in JPY", "JPY", 1],
    ["(in millions of yen)", "JPY", 1e6],
    ["In millions, except per share data", undefined, 1e6],
    ["(In thousands of U.S. dollars, except per share amounts)", "USD", 1e3],
    ["(in millions of USD, except share and per share data)", "USD", 1e6],
    [
      "(In millions, except number of shares, which are reflected in thousands, and per-share amounts)",
      undefined,
      1e6,
    ],
  ])("%s → %s × %d", (text, currency, scale) => {
    const unit = findUnitNote(text);
    expect(unit?.currency).toBe(currency);
    expect(unit?.scale).toBe(scale);
  });

  test.each([
    "IIJ Quarterly data book",
    "Revenue rose 20% to $5 million in the fourth quarter of the year",
    "Systems integration",
    "Notes:",
  ])("%j is not a note", (text) => {
    expect(findUnitNote(text)).toBeNull();
  });
});

describe("units of Indian, European and Japanese packs", () => {
  test.each<[string, string | undefined, number, string]>([
    ["crore", undefined, 1e7, "crore"],
    ["Crores", undefined, 1e7, "crore"],
    ["Cr", undefined, 1e7, "crore"],
    ["Cr.", undefined, 1e7, "crore"],
    ["Crs", undefined, 1e7, "crore"],
    ["INR Crs", "INR", 1e7, "INR crore"],
    ["(INR Crs)", "INR", 1e7, "INR crore"],
    ["Rs. Crore", "INR", 1e7, "INR crore"],
    ["Rs. in Crores", "INR", 1e7, "INR crore"],
    ["₹ Cr", "INR", 1e7, "INR crore"],
    ["₹ crore", "INR", 1e7, "INR crore"],
    ["lakh", undefined, 1e5, "lakh"],
    ["lakhs", undefined, 1e5, "lakh"],
    ["lac", undefined, 1e5, "lakh"],
    ["Rs. Lacs", "INR", 1e5, "INR lakh"],
    ["(₹ in lakhs)", "INR", 1e5, "INR lakh"],
    ["INR mn", "INR", 1e6, "INR mn"],
    ["bn", undefined, 1e9, "bn"],
    ["EUR bn", "EUR", 1e9, "EUR bn"],
    ["mn", undefined, 1e6, "mn"],
    ["€ mn", "EUR", 1e6, "EUR mn"],
    ["k", undefined, 1e3, "thousands"],
    ["USD k", "USD", 1e3, "USD thousands"],
    ["000s", undefined, 1e3, "thousands"],
    ["£000s", "GBP", 1e3, "GBP thousands"],
    ["億円", "JPY", 1e8, "JPY 100 mn"],
    ["百万円", "JPY", 1e6, "JPY mn"],
    ["千円", "JPY", 1e3, "JPY thousands"],
  ])("%s → %s × %d (%s)", (text, currency, scale, label) => {
    const unit = parseUnitCell(text);
    expect(unit).toEqual(currency === undefined ? { scale, label } : { currency, scale, label });
  });

  test.each<[string, string | undefined, number]>([
    ["(All figures in INR Crs)", "INR", 1e7],
    ["Rs. in Crore", "INR", 1e7],
    ["(₹ in lakhs, except per share data)", "INR", 1e5],
    ["Amounts in EUR mn", "EUR", 1e6],
    ["（単位：億円）", "JPY", 1e8],
  ])("note %s → %s × %d", (text, currency, scale) => {
    const unit = findUnitNote(text);
    expect(unit?.currency).toBe(currency);
    expect(unit?.scale).toBe(scale);
  });

  test.each(["Crores of customers", "Crash", "Across", "Lackluster", "Yrs"])(
    "%j is not a unit cell",
    (text) => {
      expect(parseUnitCell(text)).toBeNull();
    }
  );
});
