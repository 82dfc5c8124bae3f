import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The package's folder: the nearest folder at or above `from` holding a package.json. The CLI runs from its
 * sources (src/cli) and from its build (dist-cli), at different depths; both find the same root.
 * None found: `from`'s grandparent (the sources' layout).
 */
export function packageRoot(from: string, exists: (file: string) => boolean = existsSync): string {
  for (let dir = path.resolve(from); ;) {
    if (exists(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from, "../..");
    dir = parent;
  }
}
