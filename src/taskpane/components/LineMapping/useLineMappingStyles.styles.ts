import { makeStyles, tokens } from "@fluentui/react-components";

export const useLineMappingStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  groupCell: { paddingBlock: tokens.spacingVerticalXXS },
  groupButton: { fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
  label: { overflowWrap: "anywhere" },
  metricCell: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  words: { overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  none: { color: tokens.colorNeutralForeground2 },
});
