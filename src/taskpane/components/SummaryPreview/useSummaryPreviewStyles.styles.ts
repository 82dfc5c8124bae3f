import { makeStyles, tokens } from "@fluentui/react-components";

/** The label column: about a third of a 320 px pane, wider in a wide pane; labels wrap within it. */
const LABEL_WIDTH = "clamp(7rem, 36vw, 16rem)";

export const useSummaryPreviewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Sideways only: the pane scrolls vertically, never a box inside it.
  scroll: {
    position: "relative",
    overflowX: "auto",
    overflowY: "hidden",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // An outline on the region itself: a pseudo-element would scroll away with the table.
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    },
  },
  table: {
    // Separate borders: collapsed borders stay behind when a sticky cell moves.
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    width: "max-content",
    minWidth: "100%",
  },
  // Names the table for assistive technology; the section's heading titles it on screen.
  caption: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  th: {
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "end",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  latest: { fontWeight: tokens.fontWeightSemibold },
  // The KPI column, header and labels alike: stays on the left while the periods scroll.
  label: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: LABEL_WIDTH,
    minWidth: LABEL_WIDTH,
    maxWidth: LABEL_WIDTH,
    boxSizing: "border-box",
    textAlign: "start",
    whiteSpace: "normal",
    overflowWrap: "break-word",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  rowHeader: {
    fontWeight: tokens.fontWeightRegular,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  unit: {
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
  td: {
    textAlign: "end",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  abbr: { textDecorationLine: "none", cursor: "help" },
  nm: { color: tokens.colorNeutralForeground3 },
});
