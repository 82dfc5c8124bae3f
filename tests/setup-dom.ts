import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { hidesElements } from "./helpers/cssRules";

// findBy…/waitFor wait up to 10 s: a busy 2-core CI runner can take over a second to render Fluent's pane in jsdom,
// and a wait that expires then fails a test that is right.
configure({ asyncUtilTimeout: 10_000 });

// jsdom's getComputedStyle matches every rule of every sheet on each call, and Fluent's atomic CSS inserts about a
// thousand rules; popover positioning, user-event and accessible names call it for element after element, so a
// combobox test took minutes. jsdom lays nothing out: only rules that hide an element can change what a test sees.
// Those reach the sheet; the others are dropped.
const insertRule = CSSStyleSheet.prototype.insertRule;
CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number) {
  return hidesElements(rule) ? insertRule.call(this, rule, index) : this.cssRules.length;
};
