import { configure, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/services/PaneServices.types";

/** Render the pane as the bootstrap does, with the given services. */
export function renderPane(host: "excel" | null, services: PaneServices) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} services={services} />
    </FluentProvider>
  );
}

/** Capture downloads: object URLs and clicked links. */
export function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const origCreate = URL.createObjectURL;
  const origRevoke = URL.revokeObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return {
    files,
    restore() {
      URL.createObjectURL = origCreate;
      URL.revokeObjectURL = origRevoke;
      click.mockRestore();
    },
  };
}

export async function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

/**
 * Role queries skip the computed-style visibility walk (slow with Fluent's many style rules in jsdom);
 * the pane hides nothing with CSS that a query here could wrongly find.
 */
configure({ defaultHidden: true });
