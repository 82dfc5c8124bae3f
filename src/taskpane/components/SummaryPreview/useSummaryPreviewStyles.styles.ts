import { makeStyles, tokens } from "@fluentui/react-components";

export const useSummaryPreviewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    width: "max-content",
  },
  caption: {
    textAlign: "start",
    padding: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  th: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "end",
    whiteSpace: "nowrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    backgroundColor: tokens.colorNeutralBackground1,
    position: "sticky",
    left: 0,
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  td: {
    textAlign: "end",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: "nowrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  nm: { color: tokens.colorNeutralForeground3 },
});
