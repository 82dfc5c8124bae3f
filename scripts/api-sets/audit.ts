/**
 * Requirement-set audit: every Excel API member the source uses, with the `[Api set: ExcelApi 1.x]` tag of its
 * declaration in @types/office-js, and the uses above the manifest's minimum that no capability guard covers.
 *
 * A use is guarded when one of these holds (checked from the use outwards):
 *   - it sits in the `then` branch of an `if`, the true branch of `?:` or the right side of `&&` whose condition
 *     reads a capability flag (an identifier or property named like a key of API in
 *     src/workbook/office/capabilities.ts, e.g. `features.charts`, `caps.extra.tableResize`) or calls
 *     `isSetSupported("ExcelApi", "1.x")`, and that flag's set is at least the member's;
 *   - or it follows, in the same block, an `if (!flag) return/throw;` on such a flag;
 *   - or its enclosing named function is on the allow-list with the flag that guards every call to it and a reason.
 * A guard's level is the flag's version in API; a 1.13 member under a 1.7 flag is not guarded.
 */
import * as ts from "typescript";

export interface ApiSet {
  name: string;
  version: string;
}

export interface MemberUse {
  /** "Excel.Range.copyFrom" */
  member: string;
  set: ApiSet;
  file: string;
  line: number;
  /** The version of the guard covering the use, or null. */
  guard: string | null;
}

export interface AllowEntry {
  /** "file.ts#functionName", the file relative to the audited root. */
  where: string;
  /** The capability flag every caller checks before calling it. */
  flag: string;
  reason: string;
}

export interface AuditOptions {
  /** Capability flag → the ExcelApi version it stands for (API in capabilities.ts). */
  flags: Record<string, string>;
  allow: AllowEntry[];
  /** Paths shown relative to this folder. */
  root: string;
}

const TAG = /\[Api set:\s*(ExcelApi\w*)\s+([\d.]+)\s*\]/;

/** Compare "1.10" and "1.9" as versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The highest ExcelApi tag among a symbol's declarations in office-js (overloads carry the same tag). */
function apiSetOf(symbol: ts.Symbol): { set: ApiSet; owner: string } | null {
  let found: { set: ApiSet; owner: string } | null = null;
  for (const decl of symbol.declarations ?? []) {
    const file = decl.getSourceFile().fileName;
    if (!file.includes("@types/office-js")) continue;
    const docs = ts.getJSDocCommentsAndTags(decl);
    for (const doc of docs) {
      const m = TAG.exec(doc.getText());
      if (!m) continue;
      const owner = ownerName(decl);
      const set = { name: m[1] ?? "", version: m[2] ?? "" };
      if (!found || compareVersions(set.version, found.set.version) > 0) found = { set, owner };
    }
  }
  return found;
}

function ownerName(decl: ts.Node): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (
      (ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n)) &&
      n.name
    )
      parts.unshift(n.name.getText());
  }
  return parts.join(".");
}

/** The version a condition guarantees: the highest capability flag or isSetSupported it reads, else null. */
function conditionLevel(
  cond: ts.Node,
  flags: Record<string, string>,
  negated: boolean,
  checker: ts.TypeChecker
): string | null {
  let best: string | null = null;
  const consider = (v: string | undefined): void => {
    if (v && (!best || compareVersions(v, best) > 0)) best = v;
  };
  // A negated condition (`!flag`) guards the else side only; we look at positive reads.
  const visit = (n: ts.Node, neg: boolean): void => {
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) {
      visit(n.operand, !neg);
      return;
    }
    if (ts.isParenthesizedExpression(n)) return visit(n.expression, neg);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.BarBarToken && !neg)
      return;
    if (neg === negated) {
      if (ts.isCallExpression(n) && /isSetSupported$/.test(n.expression.getText())) {
        const v = n.arguments[1];
        if (v && ts.isStringLiteral(v)) consider(v.text);
        return;
      }
      if (ts.isIdentifier(n) && flags[n.text] !== undefined) consider(flags[n.text]);
      // A const computed from a flag: `const canOpen = caps.createWorkbook && …; if (canOpen) …`
      const init = ts.isIdentifier(n) ? constInitializer(n, checker) : null;
      if (init) visit(init, neg);
      if (ts.isPropertyAccessExpression(n) && flags[n.name.text] !== undefined)
        consider(flags[n.name.text]);
    }
    n.forEachChild((c) => visit(c, neg));
  };
  visit(cond, false);
  return best;
}

function constInitializer(id: ts.Identifier, checker: ts.TypeChecker): ts.Expression | null {
  const decl = checker.getSymbolAtLocation(id)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return null;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return null;
  return decl.initializer;
}

function exits(stmt: ts.Statement): boolean {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt)) return true;
  if (ts.isBlock(stmt)) {
    const last = stmt.statements[stmt.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

function functionName(n: ts.Node): string | null {
  if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) return n.name.getText();
  if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))
    return n.parent.name.getText();
  return null;
}

/** The highest level of the guards around a use. */
function guardLevel(
  use: ts.Node,
  file: string,
  options: AuditOptions,
  checker: ts.TypeChecker
): string | null {
  let best: string | null = null;
  const consider = (v: string | null | undefined): void => {
    if (v && (!best || compareVersions(v, best) > 0)) best = v;
  };
  let child: ts.Node = use;
  for (let n: ts.Node | undefined = use.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n)) {
      if (child === n.thenStatement)
        consider(conditionLevel(n.expression, options.flags, false, checker));
      if (child === n.elseStatement)
        consider(conditionLevel(n.expression, options.flags, true, checker));
    } else if (ts.isConditionalExpression(n)) {
      if (child === n.whenTrue)
        consider(conditionLevel(n.condition, options.flags, false, checker));
      if (child === n.whenFalse)
        consider(conditionLevel(n.condition, options.flags, true, checker));
    } else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === n.right
    ) {
      consider(conditionLevel(n.left, options.flags, false, checker));
    }
    if (ts.isBlock(n) || ts.isSourceFile(n)) {
      // `if (!flag) return;` earlier in the same block
      for (const stmt of n.statements) {
        if (stmt === child) break;
        if (ts.isIfStatement(stmt) && !stmt.elseStatement && exits(stmt.thenStatement))
          consider(conditionLevel(stmt.expression, options.flags, true, checker));
      }
    }
    const name = functionName(n);
    if (name) {
      const entry = options.allow.find((a) => a.where === `${file}#${name}`);
      if (entry) consider(options.flags[entry.flag]);
    }
  }
  return best;
}

/** A call of an allow-listed function, with the guard around the call. */
export interface AllowedCall {
  where: string;
  flag: string;
  file: string;
  line: number;
  guard: string | null;
}

export interface Audit {
  uses: MemberUse[];
  /** Calls of allow-listed functions: each must sit under a guard of its entry's flag. */
  calls: AllowedCall[];
}

function relative(fileName: string, root: string): string {
  return fileName.slice(root.length).replace(/^[/\\]/, "");
}

/** The allow-list entry of the function a call goes to, if any. */
function calledEntry(
  call: ts.CallExpression,
  checker: ts.TypeChecker,
  options: AuditOptions
): AllowEntry | null {
  let symbol = checker.getSymbolAtLocation(call.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const decl of symbol?.declarations ?? []) {
    const name = functionName(decl);
    const file = relative(decl.getSourceFile().fileName, options.root);
    const entry = name && options.allow.find((a) => a.where === `${file}#${name}`);
    if (entry) return entry;
  }
  return null;
}

/** Every use of an ExcelApi-tagged member in the program's files under `root`, and every allow-listed call. */
export function collectUses(program: ts.Program, options: AuditOptions): Audit {
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  const calls: AllowedCall[] = [];
  for (const source of program.getSourceFiles()) {
    const fileName = source.fileName;
    if (!fileName.startsWith(options.root) || fileName.includes("node_modules")) continue;
    const file = relative(fileName, options.root);
    const lineOf = (n: ts.Node): number =>
      source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const visit = (n: ts.Node): void => {
      let name: ts.Node | null = null;
      if (ts.isPropertyAccessExpression(n)) name = n.name;
      else if (ts.isElementAccessExpression(n)) name = n.argumentExpression;
      if (name) {
        const symbol = checker.getSymbolAtLocation(name);
        const tagged = symbol ? apiSetOf(symbol) : null;
        if (symbol && tagged) {
          uses.push({
            member: `${tagged.owner}.${symbol.getName()}`,
            set: tagged.set,
            file,
            line: lineOf(n),
            guard: guardLevel(n, file, options, checker),
          });
        }
      }
      if (ts.isCallExpression(n)) {
        const entry = calledEntry(n, checker, options);
        if (entry)
          calls.push({
            where: entry.where,
            flag: entry.flag,
            file,
            line: lineOf(n),
            guard: guardLevel(n, file, options, checker),
          });
      }
      n.forEachChild(visit);
    };
    visit(source);
  }
  return { uses, calls };
}

/** Calls of allow-listed functions that no guard of the entry's level covers. */
export function unguardedCalls(calls: AllowedCall[], flags: Record<string, string>): AllowedCall[] {
  return calls.filter((c) => {
    const need = flags[c.flag];
    return need === undefined || c.guard === null || compareVersions(c.guard, need) < 0;
  });
}

/** The uses the minimum does not cover and no guard of a high enough level does. */
export function unguarded(uses: MemberUse[], minimum: string): MemberUse[] {
  return uses.filter((u) => {
    if (u.set.name === "ExcelApi" && compareVersions(u.set.version, minimum) <= 0) return false;
    // Desktop-only or Online-only sets are never implied by an ExcelApi guard.
    if (u.set.name !== "ExcelApi") return true;
    return u.guard === null || compareVersions(u.guard, u.set.version) < 0;
  });
}

/** The manifest's minimum ExcelApi version. */
export function manifestMinimum(xml: string): string | null {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  return m?.[1] ?? null;
}

/** A program over the given files with the project's compiler options. */
export function programFor(files: string[], tsconfigPath: string): ts.Program {
  const config = ts.readConfigFile(tsconfigPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    tsconfigPath.replace(/[/\\][^/\\]+$/, "")
  );
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

/** One line per member: the set, the number of uses, and where the unguarded ones are. */
export function describe(uses: MemberUse[]): string[] {
  const by = new Map<string, MemberUse[]>();
  for (const u of uses) by.set(u.member, [...(by.get(u.member) ?? []), u]);
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([member, list]) => {
      const set = list[0]?.set;
      const guards = [...new Set(list.map((u) => u.guard ?? "-"))].join(",");
      return `${set?.name} ${set?.version}\t${member}\t${list.length} use(s)\tguards: ${guards}`;
    });
}
