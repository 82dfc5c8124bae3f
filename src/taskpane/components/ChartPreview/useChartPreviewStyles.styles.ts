import { makeStyles, tokens } from "@fluentui/react-components";

export const useChartPreviewStyles = makeStyles({
  root: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "9px" },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginInlineEnd: tokens.spacingHorizontalXS,
    borderRadius: "2px",
  },
});

/** Series colours from Fluent's palette tokens, so they follow light and dark themes. */
export const SERIES_COLORS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPalettePurpleBorderActive,
  tokens.colorPaletteRedBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteGoldBorderActive,
  tokens.colorPaletteBerryBorderActive,
];
