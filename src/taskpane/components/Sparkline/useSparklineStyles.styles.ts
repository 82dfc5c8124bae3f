import { makeStyles, tokens } from "@fluentui/react-components";

export const useSparklineStyles = makeStyles({
  root: { display: "block", maxWidth: "100%", height: "auto" },
  line: {
    fill: "none",
    stroke: tokens.colorBrandForeground1,
    strokeWidth: "2px",
    strokeLinejoin: "round",
    strokeLinecap: "round",
  },
  dot: { fill: tokens.colorBrandForeground1 },
});
