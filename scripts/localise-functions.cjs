/**
 * The worksheet functions' metadata in another language: functions.json (generated from the JSDoc of
 * src/functions/functions.ts) with each function's and parameter's description replaced from a translation file
 * (src/functions/metadata.<locale>.json). Ids, names and types stay as generated. A function or parameter the
 * translation lacks is an error naming it, so the translation cannot fall behind the functions silently.
 * The webpack plugin writes functions.<locale>.json beside functions.json; the manifest points Excel at it for
 * that locale (bt:Override).
 */
const path = require("node:path");

/** @param {string} metadataJson @param {Record<string, {description: string, parameters: Record<string, string>}>} table */
function localiseFunctions(metadataJson, table) {
  const metadata = JSON.parse(metadataJson);
  const missing = [];
  for (const fn of metadata.functions) {
    const t = table[fn.id];
    if (!t) {
      missing.push(fn.id);
      continue;
    }
    fn.description = t.description;
    for (const p of fn.parameters) {
      const d = t.parameters && t.parameters[p.name];
      if (d) p.description = d;
      else missing.push(`${fn.id}(${p.name})`);
    }
  }
  if (missing.length > 0) throw new Error(`no translation for ${missing.join(", ")}`);
  return JSON.stringify(metadata, null, 4);
}

/** Emits functions.<locale>.json from functions.json for each locale given. */
class LocalisedFunctionsPlugin {
  /** @param {{ locales: string[], dir: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalisedFunctions", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalisedFunctions", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          for (const locale of this.options.locales) {
            const file = path.join(this.options.dir, `metadata.${locale}.json`);
            compilation.fileDependencies.add(file);
            try {
              delete require.cache[require.resolve(file)];
              const table = require(file);
              const json = localiseFunctions(source.source.source().toString(), table);
              compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(json));
            } catch (error) {
              compilation.errors.push(
                new WebpackError(`functions.${locale}.json: ${error.message}`)
              );
            }
          }
        }
      );
    });
  }
}

module.exports = { localiseFunctions, LocalisedFunctionsPlugin };
