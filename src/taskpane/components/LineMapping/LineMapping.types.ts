import type { Settings } from "../../../core/settings";
import type { MappingRow } from "../../model/understanding";

export interface LineMappingProps {
  /** The lines read, in reading order, each with its source. */
  rows: MappingRow[];
  labelMap: Settings["labelMap"];
  busy: boolean;
  onChange: (patch: Partial<Settings>) => void;
}
