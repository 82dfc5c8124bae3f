import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultStored } from "../../src/taskpane/model/stored";
import type { RoundTrip } from "../../src/workbook/office/roundTrip";
import { FakePort, fakeServices } from "./fixtures";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

function reportText(): string {
  return (screen.getByRole("textbox", { name: "Diagnostics report" }) as HTMLTextAreaElement).value;
}

describe("diagnostics under Set up", () => {
  it("outside Excel says so, with the browser's user agent, and copies the report", async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = fakeServices(new FakePort());
    renderPane(null, services);
    const toggle = screen.getByRole("button", { name: /Diagnostics/ });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("textbox", { name: "Diagnostics report" })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(reportText()).toContain("Not running in Excel");
    expect(reportText()).toContain(`User agent: ${navigator.userAgent}`);
    expect(screen.queryByRole("button", { name: "Run round trip" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Copy report" }));
    expect(await screen.findByText("Copied to the clipboard.")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(reportText());
  });

  it("inside Excel shows host, platform, version, sets and the round trip it runs", async () => {
    const user = userEvent.setup({ delay: null });
    const port = new FakePort(defaultStored({ kind: "address", address: "Figures!A3:N30" }), {
      host: "excel",
    });
    const { services } = fakeServices(port, { excelPort: port });
    const trip: RoundTrip = {
      ok: true,
      sheet: "QD check t",
      ms: { write: 20, read: 7, remove: 11 },
    };
    const roundTrip = jest.fn(async () => trip);
    services.environment = () => ({
      office: { host: "Excel", platform: "PC", version: "16.0.18000.20000" },
      apiSets: [
        { version: "1.1", supported: true },
        { version: "1.2", supported: true },
        { version: "1.3", supported: false },
      ],
      userAgent: "Edge WebView2",
    });
    services.roundTrip = roundTrip;
    renderPane("excel", services);
    await screen.findByRole("tab", { name: "Check", selected: true });
    await user.click(screen.getByRole("tab", { name: "Set up" }));
    await user.click(screen.getByRole("button", { name: /Diagnostics/ }));
    expect(reportText()).toMatch(
      /Host: Excel\nPlatform: PC\nOffice version: 16\.0\.18000\.20000\nExcelApi supported: 1\.1–1\.2\nExcelApi not supported: 1\.3\nRound trip: not run/
    );
    await user.click(screen.getByRole("button", { name: "Run round trip" }));
    await screen.findByDisplayValue(/write 20 ms, read 7 ms, delete 11 ms, total 38 ms/);
    expect(roundTrip).toHaveBeenCalledTimes(1);
  });
});
