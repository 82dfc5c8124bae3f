import { makeStyles, tokens } from "@fluentui/react-components";

export const useMetricPickerStyles = makeStyles({
  // Fluent's combobox is 250px wide by default: too wide for a table cell in a 320px pane.
  root: { minWidth: 0, width: "100%", maxWidth: "240px" },
  input: {
    minWidth: 0,
    width: "100%",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  option: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
