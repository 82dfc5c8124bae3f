import {
  componentQuarterKeys,
  parsePeriod,
  periodKey,
  qoqBaseKey,
  yoyBaseKey,
  type FiscalCalendar,
  type Period,
} from "../../../src/core/periods";

const MAR: FiscalCalendar = { endMonth: 3, naming: "start-year" };
const SEP: FiscalCalendar = { endMonth: 9, naming: "end-year" };

function p(label: string, cal: FiscalCalendar = MAR): Period {
  const period = parsePeriod(label, cal);
  if (!period) throw new Error(`test label ${label} did not parse`);
  return period;
}

describe("yoyBaseKey and qoqBaseKey", () => {
  test.each([
    // label, yoy base, qoq base
    ["4Q01", "Q2000-4", "Q2001-3"],
    ["1Q01", "Q2000-1", "Q2000-4"],
    ["1H17", "H2016-1", "H2016-2"],
    ["2H17", "H2016-2", "H2017-1"],
    ["FY3/02", "Y2000", null],
    ["FY2001", "Y2000", null],
    ["1Q-3Q19", "YTD2018-1-3", null],
    ["TTM 4Q01", "TTM2000-4", null],
    ["2002-02-28", "M2001-02", null],
  ])("%s: yoy %s, qoq %s", (label, yoy, qoq) => {
    const period = p(label);
    expect(yoyBaseKey(period)).toBe(yoy);
    expect(qoqBaseKey(period)).toBe(qoq);
  });

  test("the bases are the keys the earlier labels parse to, in any label style", () => {
    expect(yoyBaseKey(p("Q4 FY2001"))).toBe(periodKey(p("4Q00")));
    expect(qoqBaseKey(p("Q1 FY2001"))).toBe(periodKey(p("2001-03-31")));
    expect(yoyBaseKey(p("FY3/02"))).toBe(periodKey(p("FY 3/01")));
  });

  test("a gap leaves the base absent instead of pairing with another quarter", () => {
    // 3Q01 is missing from the header: 4Q01's QoQ base must be looked for, and not found.
    const header = ["1Q01", "2Q01", "4Q01", "4Q00"].map((l) => p(l));
    const byKey = new Map(header.map((x) => [periodKey(x), x]));
    const q4 = p("4Q01");
    expect(byKey.get(qoqBaseKey(q4)!)).toBeUndefined();
    expect(byKey.get(yoyBaseKey(q4)!)?.label).toBe("4Q00");
    // 1Q01's QoQ base is 4Q00 (across the fiscal year), present here.
    expect(byKey.get(qoqBaseKey(p("1Q01"))!)?.label).toBe("4Q00");
  });
});

describe("componentQuarterKeys", () => {
  test.each([
    ["FY3/02", ["Q2001-1", "Q2001-2", "Q2001-3", "Q2001-4"]],
    ["1H17", ["Q2017-1", "Q2017-2"]],
    ["2H17", ["Q2017-3", "Q2017-4"]],
    ["1Q-3Q19", ["Q2019-1", "Q2019-2", "Q2019-3"]],
    ["9M19", ["Q2019-1", "Q2019-2", "Q2019-3"]],
    ["TTM 4Q01", ["Q2001-1", "Q2001-2", "Q2001-3", "Q2001-4"]],
    ["TTM 2Q01", ["Q2000-3", "Q2000-4", "Q2001-1", "Q2001-2"]],
    ["LTM 1Q01", ["Q2000-2", "Q2000-3", "Q2000-4", "Q2001-1"]],
    ["4Q01", ["Q2001-4"]],
    ["2002-02-28", []],
  ])("%s is made of %p", (label, keys) => {
    expect(componentQuarterKeys(p(label))).toEqual(keys);
  });

  test("the components of a TTM are the quarters whose months it spans", () => {
    const ttm = p("TTM 2Q01", SEP);
    const quarters = componentQuarterKeys(ttm).map((k) => {
      const [fy, q] = k.slice(1).split("-");
      return p(`${q}Q${fy}`, SEP);
    });
    expect(quarters[0]?.start).toBe(ttm.start);
    expect(quarters[3]?.end).toBe(ttm.end);
  });
});
