/**
 * The checks an XSD cannot make: HTTPS everywhere, GUID and version formats, resource ids that
 * resolve, icon files that exist with their declared pixel sizes and, for a built manifest, URLs that
 * point at files the build produced.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pngSize } from "../png";
import { messages } from "./messages";
import { scanXml, type XmlElement } from "./xml";

export interface CheckOptions {
  /** How the manifest is named in messages, e.g. "manifest.xml" or "dist/manifest.xml". */
  readonly label: string;
  /** The URL the add-in is served from in this mode (development server or production host). */
  readonly baseUrl: string;
  /** The directory `baseUrl` maps to: the repository root (its assets/) or dist/. */
  readonly servedDir: string;
  /** A built manifest: every URL of the add-in must name a built file, and none may stay local. */
  readonly dist: boolean;
  /** The development URL, which must not survive in a built manifest. */
  readonly devUrl: string;
}

/** Top-level elements (children of OfficeApp) the project requires, as "Name" or "Parent/Child". */
const REQUIRED: readonly string[] = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings/SourceLocation",
  "Permissions",
];

/** Sizes Office expects for the two top-level icons. */
const TOP_ICON_SIZES: Readonly<Record<string, number>> = { IconUrl: 32, HighResolutionIconUrl: 64 };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

interface UrlUse {
  readonly where: string;
  readonly url: string;
  readonly element: XmlElement;
}

function describe(e: XmlElement): string {
  const id = e.attributes["id"];
  return id ? `${e.name} "${id}"` : e.name;
}

function isTopLevel(e: XmlElement): boolean {
  return e.ancestors.length === 1 && e.ancestors[0] === "OfficeApp";
}

function urlsOf(elements: readonly XmlElement[]): UrlUse[] {
  const uses: UrlUse[] = [];
  for (const e of elements) {
    for (const [key, value] of Object.entries(e.attributes)) {
      if (key.startsWith("xmlns") || key.startsWith("xsi:")) continue;
      if (URL_LIKE.test(value)) uses.push({ where: describe(e), url: value, element: e });
    }
    if (URL_LIKE.test(e.text)) uses.push({ where: describe(e), url: e.text, element: e });
  }
  return uses;
}

function checkRequired(elements: readonly XmlElement[], label: string): string[] {
  const top = elements.filter(isTopLevel).map((e) => e.name);
  const problems: string[] = [];
  for (const path of REQUIRED) {
    const [parent, child] = path.split("/");
    if (!parent) continue;
    const present = child
      ? elements.some(
          (e) => e.name === child && e.ancestors.length === 2 && e.ancestors[1] === parent
        )
      : top.includes(parent);
    if (!present) problems.push(messages.missing(label, `<${path}>`));
  }
  return problems;
}

function checkFormats(elements: readonly XmlElement[], label: string): string[] {
  const problems: string[] = [];
  const id = elements.find((e) => isTopLevel(e) && e.name === "Id");
  if (id && !GUID.test(id.text)) problems.push(messages.badGuid(label, id.text));
  const version = elements.find((e) => isTopLevel(e) && e.name === "Version");
  if (version && !VERSION.test(version.text))
    problems.push(messages.badVersion(label, version.text));
  return problems;
}

function checkResids(elements: readonly XmlElement[], label: string): string[] {
  const defined = new Set(
    elements
      .filter((e) => e.ancestors.includes("Resources") && e.attributes["id"])
      .map((e) => e.attributes["id"])
  );
  return elements
    .filter((e) => e.attributes["resid"] !== undefined && !defined.has(e.attributes["resid"]))
    .map((e) => messages.unknownResid(label, e.line, e.attributes["resid"] ?? ""));
}

/** The pixel size each icon URL is declared with: top-level icons by name, resources by <bt:Image size>. */
function declaredIconSizes(elements: readonly XmlElement[]): Map<XmlElement, number> {
  const byResid = new Map<string, number>();
  for (const e of elements) {
    const size = Number(e.attributes["size"]);
    const resid = e.attributes["resid"];
    if (e.name === "bt:Image" && resid && Number.isInteger(size)) byResid.set(resid, size);
  }
  const sizes = new Map<XmlElement, number>();
  for (const e of elements) {
    const top = isTopLevel(e) ? TOP_ICON_SIZES[e.name] : undefined;
    if (top !== undefined) sizes.set(e, top);
    const id = e.attributes["id"];
    if (e.name === "bt:Image" && id && e.attributes["DefaultValue"]) {
      const size = byResid.get(id) ?? Number(/(\d+)x\1/.exec(id)?.[1]);
      if (Number.isInteger(size)) sizes.set(e, size);
    }
  }
  return sizes;
}

/** The local file a URL of the add-in maps to, or null when it is served from elsewhere. */
function localPath(url: string, options: CheckOptions): string | null {
  if (!url.startsWith(options.baseUrl)) return null;
  const rel = url.slice(options.baseUrl.length).replace(/[?#].*$/, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

function checkIcon(use: UrlUse, size: number, options: CheckOptions): string | null {
  const rel = localPath(use.url, options);
  if (rel === null)
    return messages.iconOutsideHost(options.label, use.where, use.url, options.baseUrl);
  const file = join(options.servedDir, rel);
  const shown = options.dist ? `dist/${rel}` : rel;
  if (!existsSync(file) || !statSync(file).isFile())
    return messages.iconMissing(options.label, use.where, shown);
  const got = pngSize(readFileSync(file));
  if (!got) return messages.iconNotPng(options.label, use.where, shown);
  if (got.width !== size || got.height !== size)
    return messages.iconWrongSize(
      options.label,
      use.where,
      shown,
      `${got.width}×${got.height}`,
      size
    );
  return null;
}

function checkBuilt(use: UrlUse, options: CheckOptions): string | null {
  if (use.url.startsWith(options.devUrl) || /^https?:\/\/localhost\b/i.test(use.url))
    return messages.stillLocal(options.label, use.where, use.url);
  if (use.element.name === "AppDomain") return null;
  const rel = localPath(use.url, options);
  if (rel === null) return null;
  return existsSync(join(options.servedDir, rel))
    ? null
    : messages.notBuilt(options.label, use.where, `dist/${rel}`);
}

/** Runs the project's own checks; returns one message per problem (empty when the manifest is fine). */
export function checkManifest(source: string, options: CheckOptions): string[] {
  const elements = scanXml(source);
  if (elements[0]?.name !== "OfficeApp") return [messages.notOfficeApp(options.label)];
  const urls = urlsOf(elements);
  const problems = [
    ...checkRequired(elements, options.label),
    ...checkFormats(elements, options.label),
    ...checkResids(elements, options.label),
    ...urls
      .filter((u) => !/^https:\/\//i.test(u.url))
      .map((u) => messages.notHttps(options.label, u.where, u.url)),
  ];
  const sizes = declaredIconSizes(elements);
  for (const use of urls) {
    const size = sizes.get(use.element);
    if (size !== undefined && /^https:/i.test(use.url)) {
      const problem = checkIcon(use, size, options);
      if (problem) problems.push(problem);
    }
    if (options.dist) {
      const problem = checkBuilt(use, options);
      if (problem) problems.push(problem);
    }
  }
  return [...new Set(problems)];
}
