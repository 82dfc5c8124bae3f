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
