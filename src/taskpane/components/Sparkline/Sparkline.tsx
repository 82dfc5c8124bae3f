import * as React from "react";
import { sparklinePath } from "../../model/sparkline";
import type { SparklineProps } from "./Sparkline.types";
import { useSparklineStyles } from "./useSparklineStyles.styles";

/** A small trend line drawn in SVG; an image with an accessible name. */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 32,
}: SparklineProps): React.JSX.Element {
  const styles = useSparklineStyles();
  const d = sparklinePath(values, width, height);
  return (
    <svg
      className={styles.root}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      {d ? <path className={styles.line} d={d} /> : null}
    </svg>
  );
}
