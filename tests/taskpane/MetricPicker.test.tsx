import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MetricPicker } from "../../src/taskpane/components/MetricPicker/MetricPicker";
import { setLocale } from "../../src/taskpane/strings";

jest.setTimeout(120_000);

async function openPicker() {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const onChoose = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <MetricPicker label="売上" metric="broadband_tv" onChoose={onChoose} />
    </FluentProvider>
  );
  const picker = screen.getByRole("combobox");
  await user.click(picker);
  await user.clear(picker);
  await user.paste("売上原価");
  return { user, onChoose };
}

describe("metric picker labels follow the pane's language", () => {
  afterEach(() => setLocale("en"));

  test.each([
    ["ja", "cost.total売上原価"],
    ["en", "cost.totalTotal cost of revenues"],
  ] as const)(
    "%s: a Japanese search finds the metric, shown with its %s label",
    async (locale, text) => {
      setLocale(locale);
      const { user, onChoose } = await openPicker();
      const option = within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .find((o) => o.textContent?.startsWith("cost.total"));
      expect(option?.textContent).toBe(text);
      await user.click(option as HTMLElement);
      expect(onChoose).toHaveBeenCalledWith("cost.total");
    }
  );
});
