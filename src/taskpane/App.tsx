import * as React from "react";
import { Button } from "@fluentui/react-components";
import { en } from "./strings/en";

export interface AppProps {
  host: "excel" | null;
}

export function App({ host }: AppProps): React.JSX.Element {
  void host;
  return (
    <main>
      <h1>{en.appTitle}</h1>
      <Button appearance="primary">{en.refreshKpis}</Button>
    </main>
  );
}

export default App;
