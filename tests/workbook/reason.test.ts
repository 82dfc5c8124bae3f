import { reasonOf } from "../../src/workbook/reason";

describe("reasonOf", () => {
  it.each<[string, unknown, string]>([
    ["an Error's message", new Error("The sheet is protected."), "The sheet is protected."],
    ["a string as it is", "Busy", "Busy"],
    ["an Error without a message", new Error(""), "unknown error"],
    ["an empty string", "", "unknown error"],
    ["anything else", { code: 42 }, "unknown error"],
    ["undefined", undefined, "unknown error"],
  ])("%s", (_what, error, reason) => {
    expect(reasonOf(error)).toBe(reason);
  });
});
