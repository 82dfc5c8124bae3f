/** The webpack configuration per script: what each mode serves, and that only dev-server needs certificates. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const mockGetHttpsServerOptions = jest.fn(async () => ({ ca: "CA", cert: "CERT", key: "KEY" }));
jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: () => mockGetHttpsServerOptions(),
}));

const ROOT = resolve(__dirname, "..", "..");

interface Config {
  entry: Record<string, string>;
  target: string[];
  plugins: Array<{
    userOptions?: { filename: string; templateParameters: { officeJs: string | null } };
    patterns?: Array<{ from: string; transform?: (c: Buffer) => string | Buffer }>;
  }>;
  devServer: {
    port: number;
    server: string | { type: string; options?: unknown };
    static: unknown;
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const makeConfig = require("../../webpack.config.js") as (
  env: object,
  argv: object
) => Promise<Config>;

function officeJsOf(config: Config): Record<string, string | null> {
  const pages = config.plugins.flatMap((p) => (p.userOptions ? [p.userOptions] : []));
  return Object.fromEntries(pages.map((p) => [p.filename, p.templateParameters.officeJs]));
}

function manifestTransform(config: Config): (c: Buffer) => string | Buffer {
  const pattern = config.plugins
    .flatMap((p) => p.patterns ?? [])
    .find((p) => p.from === "manifest.xml");
  if (!pattern?.transform) throw new Error("no manifest.xml copy pattern");
  return pattern.transform;
}

beforeEach(() => mockGetHttpsServerOptions.mockClear());

describe("webpack.config.js", () => {
  it("build: both entries, office.js from Microsoft's CDN, production URLs in the manifest, no certificates", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "functions", "taskpane"]);
    expect(officeJsOf(config)).toEqual({
      "taskpane.html": "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "commands.html": "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    });
    const manifest = String(manifestTransform(config)(readFileSync(join(ROOT, "manifest.xml"))));
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://quarterdeck.example.com/taskpane.html"/>'
    );
    expect(manifest).toContain("<AppDomain>https://quarterdeck.example.com</AppDomain>");
    expect(mockGetHttpsServerOptions).not.toHaveBeenCalled();
  });

  it("build: the worksheet functions' script under a fixed name, its page with the custom functions runtime, functions.json from its JSDoc", async () => {
    const config = (await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" })) as Config & {
      output: { filename: (p: { chunk?: { name?: string } }) => string };
    };
    expect(config.entry["functions"]).toBe("./src/functions/functions.ts");
    expect(config.output.filename({ chunk: { name: "functions" } })).toBe("[name].js");
    expect(config.output.filename({ chunk: { name: "taskpane" } })).toBe(
      "[name].[contenthash:8].js"
    );
    const metadata = config.plugins.find(
      (p) => p.constructor.name === "CustomFunctionsMetadataPlugin"
    ) as { options?: { input: string; output: string } } | undefined;
    expect(metadata?.options).toEqual({
      input: "./src/functions/functions.ts",
      output: "functions.json",
    });
    expect(config.plugins.some((p) => p.constructor.name === "LocalisedFunctionsPlugin")).toBe(
      true
    );
    const page = readFileSync(join(ROOT, "src/functions/functions.html"), "utf8");
    expect(page).toContain(
      "https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"
    );
  });

  it("preview: HTTP on $PORT, no office.js, no certificates", async () => {
    process.env.PORT = "4321";
    try {
      const config = await makeConfig(
        { WEBPACK_SERVE: true, preview: true },
        { mode: "development" }
      );
      expect(config.devServer.server).toBe("http");
      expect(config.devServer.port).toBe(4321);
      expect(officeJsOf(config)).toEqual({ "taskpane.html": null, "commands.html": null });
      expect(mockGetHttpsServerOptions).not.toHaveBeenCalled();
    } finally {
      delete process.env.PORT;
    }
  });

  it("dev-server: HTTPS on 3000 with the development certificates and office.js served locally", async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.server).toEqual({
      type: "https",
      options: { ca: "CA", cert: "CERT", key: "KEY" },
    });
    expect(mockGetHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(officeJsOf(config)["taskpane.html"]).toBe("/office-js/office.js");
    expect(config.devServer.static).toEqual([
      { directory: join(ROOT, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" },
    ]);
    // development keeps the manifest's localhost URLs
    const manifest = String(manifestTransform(config)(readFileSync(join(ROOT, "manifest.xml"))));
    expect(manifest).toContain("https://localhost:3000/taskpane.html");
  });
});
