/** The ribbon wiring with a fake Office global: association on onReady, and event.completed() always once. */

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

const mockRefresh = jest.fn<Promise<unknown>, [Office.AddinCommands.Event]>();
// virtual: the test must not depend on the refresh use case being present, only on its exported name.
jest.mock(
  "../../src/commands/refresh",
  () => ({ refreshFromRibbon: (e: Office.AddinCommands.Event) => mockRefresh(e) }),
  { virtual: true }
);

function installFakeOffice(): { associations: Map<string, Handler> } {
  const associations = new Map<string, Handler>();
  const fake = {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    actions: { associate: (name: string, handler: Handler) => associations.set(name, handler) },
  };
  (globalThis as { Office?: unknown }).Office = fake;
  return { associations };
}

function loadCommands(): { associations: Map<string, Handler> } {
  const office = installFakeOffice();
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module instance per test
    require("../../src/commands/commands");
  });
  return office;
}

function fakeEvent(): { event: Office.AddinCommands.Event; completed: jest.Mock } {
  const completed = jest.fn();
  return {
    event: {
      source: { id: "QuarterDeck.RefreshKpis" },
      completed,
    } as unknown as Office.AddinCommands.Event,
    completed,
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  mockRefresh.mockReset();
  jest.restoreAllMocks();
});

describe("commands.ts", () => {
  it("associates the manifest's FunctionName refreshKpis once Office is ready", () => {
    const { associations } = loadCommands();
    expect([...associations.keys()]).toEqual(["refreshKpis"]);
  });

  it("calls refreshFromRibbon with the event and completes the event once when the refresh succeeds", async () => {
    const handler = loadCommands().associations.get("refreshKpis");
    mockRefresh.mockResolvedValue(undefined);
    const { event, completed } = fakeEvent();
    await handler?.(event);
    expect(mockRefresh).toHaveBeenCalledTimes(1);
    expect(mockRefresh.mock.calls[0]?.[0].source).toEqual({ id: "QuarterDeck.RefreshKpis" });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event when the refresh rejects", async () => {
    const handler = loadCommands().associations.get("refreshKpis");
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    mockRefresh.mockRejectedValue(new Error("no source range saved"));
    const { event, completed } = fakeEvent();
    await expect(handler?.(event)).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("does not complete twice when the refresh completes the event itself", async () => {
    const handler = loadCommands().associations.get("refreshKpis");
    mockRefresh.mockImplementation(async (e) => {
      e.completed();
      e.completed();
    });
    const { event, completed } = fakeEvent();
    await handler?.(event);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("registers nothing and does not fail when office.js is absent", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module instance, no Office global
    expect(() => jest.isolateModules(() => require("../../src/commands/commands"))).not.toThrow();
  });
});
