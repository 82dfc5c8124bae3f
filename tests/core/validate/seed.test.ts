import { validate } from "../../../src/core/validate";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { seedDataset } from "../../helpers/dataset";

describe("validation of the seed figures", () => {
  const issues = validate(seedDataset(), DEFAULT_SETTINGS);

  test("the FY3/02 total-revenues slip is caught on its cell, as a ten-times unit slip", () => {
    const fy = issues.filter((i) => i.code === "fy-total-mismatch");
    expect(fy).toHaveLength(1);
    expect(fy[0]).toMatchObject({
      severity: "error",
      metric: "revenue.total",
      period: "FY3/02",
      cell: "Figures!M7",
    });
    expect(fy[0]?.message).toContain(
      "is 399,000 but its quarters add up to 39,900 — ten times too large; check the unit"
    );
  });

  test("it is the only issue: the genuine figures raise no segment, stock, sign, gap, blank or outlier issue", () => {
    expect(issues.map((i) => `${i.code} ${i.metric} ${i.period}`)).toEqual([
      "fy-total-mismatch revenue.total FY3/02",
    ]);
  });
});
