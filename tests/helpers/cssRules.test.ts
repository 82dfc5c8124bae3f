import { hidesElements } from "./cssRules";

describe("CSS rules kept in the jsdom tests", () => {
  test.each<[string, boolean]>([
    [".f1{display:none;}", true],
    [".f2 { display: none }", true],
    [".f3{visibility:hidden;}", true],
    [".f4{visibility:collapse;}", true],
    ["@media (forced-colors: active){.f5{display:none;}}", true],
    [".f6{display:flex;}", false],
    [".f7{visibility:visible;}", false],
    [".f8{color:var(--colorNeutralForeground1);}", false],
    [".f9{content-visibility:auto;}", false],
    [".fui-FluentProvider1{--colorNeutralBackground1:#ffffff;}", false],
  ])("%s: kept %s", (rule, kept) => {
    expect(hidesElements(rule)).toBe(kept);
  });
});
