import type { PaneMessage } from "../../hooks/usePane.types";

export interface MessageAreaProps {
  message: PaneMessage | undefined;
  onDismiss?: () => void;
}
