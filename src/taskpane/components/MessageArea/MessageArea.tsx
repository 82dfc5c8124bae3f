import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { t } from "../../strings";
import type { MessageAreaProps } from "./MessageArea.types";
import { useMessageAreaStyles } from "./useMessageAreaStyles.styles";

/** One message as a Fluent MessageBar: what happened and what to do; errors are announced. */
export function MessageArea({ message, onDismiss }: MessageAreaProps): React.JSX.Element | null {
  const styles = useMessageAreaStyles();
  if (!message) return null;
  return (
    <MessageBar
      intent={message.intent}
      className={styles.root}
      layout="multiline"
      politeness={message.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody className={styles.body}>
        {message.title ? <MessageBarTitle>{message.title}</MessageBarTitle> : null}
        {message.title ? " " : null}
        {message.body}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              aria-label={t("dismiss")}
              onClick={onDismiss}
            >
              ×
            </Button>
          }
        />
      ) : null}
    </MessageBar>
  );
}
