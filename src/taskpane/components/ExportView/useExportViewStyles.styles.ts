import { makeStyles, tokens } from "@fluentui/react-components";

export const useExportViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    maxWidth: "320px",
  },
  muted: { color: tokens.colorNeutralForeground2 },
});
