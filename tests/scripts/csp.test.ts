/**
 * The pages' content security policy (scripts/csp.cjs): what it admits, that every page of every build mode
 * carries it before any script, and that no build mode needs eval (webpack's eval-* devtools).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: async () => ({ ca: "CA", cert: "CERT", key: "KEY" }),
}));

const ROOT = resolve(__dirname, "..", "..");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/csp.cjs is CommonJS
const { contentSecurityPolicy } = require("../../scripts/csp.cjs") as {
  contentSecurityPolicy: (options?: { devServerPort?: number | null }) => string;
};

interface Config {
  devtool: string | false;
  plugins: Array<{
    userOptions?: { filename: string; template: string; templateParameters: { csp?: string } };
    patterns?: Array<{ from: string; to: string }>;
  }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const makeConfig = require("../../webpack.config.js") as (
  env: object,
  argv: object
) => Promise<Config>;

/** Directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    })
  );
}

describe("content security policy", () => {
  const built = directives(contentSecurityPolicy());

  it.each<[string, string[]]>([
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", "https://appsforoffice.microsoft.com"]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'none'"]],
  ])("built pages: %s %p", (name, sources) => {
    expect(built.get(name)).toEqual(sources);
  });

  it("built pages: no eval, no wildcard, no inline script, nothing else", () => {
    const all = [...built.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((s) => s.includes("*"))).toEqual([]);
    expect(built.get("script-src")).not.toContain("'unsafe-inline'");
    expect([...built.keys()].sort()).toEqual(
      [
        "base-uri",
        "connect-src",
        "default-src",
        "font-src",
        "form-action",
        "img-src",
        "object-src",
        "script-src",
        "style-src",
      ].sort()
    );
  });

  it("dev server: its live-reload websocket is the one connection added", () => {
    const dev = directives(contentSecurityPolicy({ devServerPort: 3000 }));
    expect(dev.get("connect-src")).toEqual([
      "'self'",
      "ws://localhost:3000",
      "wss://localhost:3000",
    ]);
    for (const [name, sources] of dev)
      if (name !== "connect-src") expect(sources).toEqual(built.get(name));
  });
});

describe("webpack.config.js and the pages' policy", () => {
  it.each<[string, object, object, number | null]>([
    ["npm run build", { WEBPACK_BUILD: true }, { mode: "production" }, null],
    ["npm run build:dev", { WEBPACK_BUILD: true }, { mode: "development" }, null],
    ["npm run dev-server", { WEBPACK_SERVE: true }, { mode: "development" }, 3000],
    ["npm run preview", { WEBPACK_SERVE: true, preview: true }, { mode: "development" }, 3000],
  ])(
    "%s: every page carries the policy and no source map needs eval",
    async (_n, env, argv, port) => {
      const config = await makeConfig(env, argv);
      expect(String(config.devtool)).not.toMatch(/eval/);
      const pages = config.plugins.flatMap((p) => (p.userOptions ? [p.userOptions] : []));
      expect(pages.map((p) => p.filename).sort()).toEqual([
        "commands.html",
        "functions.html",
        "taskpane.html",
      ]);
      for (const page of pages)
        expect(page.templateParameters.csp).toBe(contentSecurityPolicy({ devServerPort: port }));
      const copies = config.plugins.flatMap((p) => p.patterns ?? []);
      expect(copies).toContainEqual(
        expect.objectContaining({ from: "src/taskpane/host-check.js", to: "host-check.js" })
      );
    }
  );

  it.each([
    "src/taskpane/taskpane.html",
    "src/commands/commands.html",
    "src/functions/functions.html",
  ])("%s: the policy's meta element comes before any script", (file) => {
    const html = readFileSync(join(ROOT, file), "utf8");
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
    expect(meta).toBeGreaterThan(0);
    const firstScript = html.indexOf("<script");
    expect(firstScript === -1 || meta < firstScript).toBe(true);
  });

  it("the pane loads the host check before office.js and the bundles", () => {
    const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const check = html.indexOf('<script type="text/javascript" src="host-check.js"></script>');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(html.indexOf("<%= officeJs %>"));
  });
});
