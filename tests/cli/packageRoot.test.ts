import path from "node:path";
import { packageRoot } from "../../src/cli/packageRoot";

describe("packageRoot: the nearest folder holding a package.json", () => {
  const root = path.resolve("/pkg");
  const cases: [string, string, string[], string][] = [
    ["the sources (src/cli)", "/pkg/src/cli", ["/pkg/package.json"], "/pkg"],
    ["the build (dist-cli)", "/pkg/dist-cli", ["/pkg/package.json"], "/pkg"],
    [
      "installed, inside another project",
      "/app/node_modules/quarterdeck/dist-cli",
      ["/app/package.json", "/app/node_modules/quarterdeck/package.json"],
      "/app/node_modules/quarterdeck",
    ],
    ["none anywhere: the grandparent", "/pkg/src/cli", [], "/pkg"],
  ];
  it.each(cases)("%s", (_name, from, files, expected) => {
    const present = new Set(files.map((f) => path.resolve(f)));
    expect(packageRoot(path.resolve(from), (f) => present.has(f))).toBe(path.resolve(expected));
  });

  it("stops at the first one going up", () => {
    const present = new Set([path.join(root, "package.json"), path.join(root, "src/package.json")]);
    expect(packageRoot(path.join(root, "src/cli"), (f) => present.has(f))).toBe(
      path.join(root, "src")
    );
  });
});
