import { reasonOf } from "../../workbook/reason";
import type { FormulaPlacement } from "../../workbook/port";
import { formulaForFigure, type FigureRef } from "../model/kpiFormula";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { PaneMessage } from "./usePane.types";
import type { PaneStore } from "./usePaneStore";

export interface InsertFormulaJob {
  /** Put the QUARTERDECK.KPI call of a figure of the Refresh or Check view into the selected cell. */
  insertFormula(area: "refresh" | "check", figure: FigureRef): Promise<void>;
}

function placed(p: FormulaPlacement, formula: string): PaneMessage {
  if (p.kind === "written") return { intent: "success", body: t("formulaWritten")(p.cell) };
  if (p.kind === "copied") return { intent: "success", body: t("formulaCopied") };
  const cell = p.cell ?? "";
  switch (p.reason) {
    case "several-cells":
      return { intent: "warning", body: t("formulaSeveralCells")(cell) };
    case "summary-sheet":
      return { intent: "warning", body: t("formulaSummarySheet")(cell) };
    case "not-empty":
      return { intent: "warning", body: t("formulaNotEmpty")(cell) };
    case "no-clipboard":
      return { intent: "warning", body: t("formulaNoClipboard")(formula) };
  }
}

/** "Insert formula": the figure's formula (model), placed by the workbook port, and what became of it. */
export function useInsertFormula({ ref, say }: PaneStore): InsertFormulaJob {
  return {
    insertFormula: async (area, figure) => {
      const { port, stored, refreshed, analysis } = ref.current;
      if (!port) return say(area, { intent: "info", body: t("noWorkbook") });
      const from = area === "refresh" ? (refreshed?.analysis ?? null) : analysis;
      if (!from) return;
      const built = formulaForFigure(from, stored.settings, figure);
      if (!built.ok) return say(area, { intent: "info", body: t("noFormula")[built.reason] });
      try {
        const placement = await port.writeFormulaToSelection(built.formula, stored.owned);
        say(area, placed(placement, built.formula));
      } catch (e) {
        say(area, errorMessage(t("formulaFailedTitle"), reasonOf(e), ""));
      }
    },
  };
}
