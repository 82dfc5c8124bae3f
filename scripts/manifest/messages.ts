/** Every message `npm run validate` prints. `file` is the manifest as the user named it. */
export const messages = {
  notFound: (file: string) =>
    `${file}: not found — build first (npm run build) or name the manifest`,
  xsdAbsent: (dir: string) =>
    `XSD validation skipped: the schemas are not in ${dir} — running QuarterDeck's own checks only`,
  xsdError: (file: string, line: number | null, text: string) =>
    `${file}${line === null ? "" : `:${line}`}: schema: ${text}`,
  notOfficeApp: (file: string) =>
    `${file}: the root element is not <OfficeApp> — this is not an add-in manifest`,
  missing: (file: string, what: string) => `${file}: ${what} is missing — Office requires it`,
  badGuid: (file: string, id: string) =>
    `${file}: Id "${id}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) — generate one with uuidgen`,
  badVersion: (file: string, v: string) =>
    `${file}: Version "${v}" is not of the form n.n.n.n (e.g. 1.0.0.0)`,
  notHttps: (file: string, where: string, url: string) =>
    `${file}: ${where} uses ${url.split("//")[0]}// — Office requires HTTPS (${url})`,
  unknownResid: (file: string, line: number, resid: string) =>
    `${file}:${line}: resid "${resid}" is not defined under <Resources>`,
  iconOutsideHost: (file: string, where: string, url: string, base: string) =>
    `${file}: ${where} (${url}) is not served from ${base}, so its file cannot be checked`,
  iconMissing: (file: string, where: string, path: string) =>
    `${file}: ${where} points at ${path}, which does not exist`,
  iconNotPng: (file: string, where: string, path: string) =>
    `${file}: ${where} points at ${path}, which is not a PNG`,
  iconWrongSize: (file: string, where: string, path: string, got: string, want: number) =>
    `${file}: ${where} is declared ${want}×${want} px but ${path} is ${got} px`,
  stillLocal: (file: string, where: string, url: string) =>
    `${file}: ${where} still points at the development server (${url}) — the build must rewrite it`,
  notBuilt: (file: string, where: string, path: string) =>
    `${file}: ${where} points at ${path}, which the build did not produce`,
  ok: (file: string, checks: string) => `${file}: valid (${checks})`,
} as const;
