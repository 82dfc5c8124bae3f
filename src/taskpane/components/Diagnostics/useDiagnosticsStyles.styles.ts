import { makeStyles, tokens } from "@fluentui/react-components";

export const useDiagnosticsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
