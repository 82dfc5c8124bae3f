import { makeStyles, tokens } from "@fluentui/react-components";

export const useMessageAreaStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalS },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});
