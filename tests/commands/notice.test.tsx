/** The notice dialog page of Refresh KPIs, rendered in a DOM. */
import { screen } from "@testing-library/react";
import { renderNotice } from "../../src/commands/refresh";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("renderNotice", () => {
  it("shows an error notice as an alert, one paragraph per line", () => {
    expect(
      renderNotice(document, "?notice=Refresh%20KPIs%20failed%3A%20x%0Asecond&kind=error")
    ).toBe(true);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Refresh KPIs failed: x");
    expect(alert.querySelectorAll("p")).toHaveLength(2);
  });

  it("shows a success notice as a status", () => {
    renderNotice(document, "?notice=KPI%20summary%20refreshed&kind=success");
    expect(screen.getByRole("status")).toHaveTextContent("KPI summary refreshed");
  });

  it("leaves the ordinary function page alone", () => {
    expect(renderNotice(document, "")).toBe(false);
    expect(document.body.childElementCount).toBe(0);
  });
});
