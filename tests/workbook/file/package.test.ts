import JSZip from "jszip";
import { FileWorkbook } from "../../../src/workbook/file/fileWorkbook";
import { exportSummary } from "../../../src/workbook/file/exportSummary";
import { layoutSummary } from "../../../src/workbook/layout";
import { sampleModel } from "../contract/sampleModel";
import { fileWorkbookFactory } from "./harness";
import { all, inSchemaOrder, parseXml, type El } from "./xmlTree";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

// Child sequences transcribed from the ECMA-376 Part 1 schemas (dml-chart.xsd, sml.xsd, dml-spreadsheetDrawing.xsd).
const ORDER: Record<string, string[]> = {
  "c:chartSpace": [
    "c:date1904",
    "c:lang",
    "c:roundedCorners",
    "c:style",
    "c:clrMapOvr",
    "c:pivotSource",
    "c:protection",
    "c:chart",
    "c:spPr",
    "c:txPr",
    "c:externalData",
    "c:printSettings",
    "c:userShapes",
    "c:extLst",
  ],
  "c:chart": [
    "c:title",
    "c:autoTitleDeleted",
    "c:pivotFmts",
    "c:view3D",
    "c:floor",
    "c:sideWall",
    "c:backWall",
    "c:plotArea",
    "c:legend",
    "c:plotVisOnly",
    "c:dispBlanksAs",
    "c:showDLblsOverMax",
    "c:extLst",
  ],
  "c:title": ["c:tx", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:barChart": [
    "c:barDir",
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:gapWidth",
    "c:overlap",
    "c:serLines",
    "c:axId",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:dropLines",
    "c:hiLowLines",
    "c:upDownBars",
    "c:marker",
    "c:smooth",
    "c:axId",
    "c:extLst",
  ],
  "c:pieChart": ["c:varyColors", "c:ser", "c:dLbls", "c:firstSliceAng", "c:extLst"],
  "c:doughnutChart": [
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:firstSliceAng",
    "c:holeSize",
    "c:extLst",
  ],
  "c:catAx": [
    "c:axId",
    "c:scaling",
    "c:delete",
    "c:axPos",
    "c:majorGridlines",
    "c:minorGridlines",
    "c:title",
    "c:numFmt",
    "c:majorTickMark",
    "c:minorTickMark",
    "c:tickLblPos",
    "c:spPr",
    "c:txPr",
    "c:crossAx",
    "c:crosses",
    "c:crossesAt",
    "c:auto",
    "c:lblAlgn",
    "c:lblOffset",
    "c:tickLblSkip",
    "c:tickMarkSkip",
    "c:noMultiLvlLbl",
    "c:extLst",
  ],
  "c:valAx": [
    "c:axId",
    "c:scaling",
    "c:delete",
    "c:axPos",
    "c:majorGridlines",
    "c:minorGridlines",
    "c:title",
    "c:numFmt",
    "c:majorTickMark",
    "c:minorTickMark",
    "c:tickLblPos",
    "c:spPr",
    "c:txPr",
    "c:crossAx",
    "c:crosses",
    "c:crossesAt",
    "c:crossBetween",
    "c:majorUnit",
    "c:minorUnit",
    "c:dispUnits",
    "c:extLst",
  ],
  "c:legend": [
    "c:legendPos",
    "c:legendEntry",
    "c:layout",
    "c:overlay",
    "c:spPr",
    "c:txPr",
    "c:extLst",
  ],
  "c:dLbls": [
    "c:dLbl",
    "c:delete",
    "c:numFmt",
    "c:spPr",
    "c:txPr",
    "c:dLblPos",
    "c:showLegendKey",
    "c:showVal",
    "c:showCatName",
    "c:showSerName",
    "c:showPercent",
    "c:showBubbleSize",
    "c:separator",
    "c:showLeaderLines",
    "c:leaderLines",
    "c:extLst",
  ],
  "c:numCache": ["c:formatCode", "c:ptCount", "c:pt", "c:extLst"],
  "c:strCache": ["c:ptCount", "c:pt", "c:extLst"],
  "xdr:twoCellAnchor": [
    "xdr:from",
    "xdr:to",
    "xdr:sp",
    "xdr:grpSp",
    "xdr:graphicFrame",
    "xdr:cxnSp",
    "xdr:pic",
    "xdr:contentPart",
    "xdr:clientData",
  ],
  worksheet: [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ],
};
const SER_ORDER: Record<string, string[]> = {
  "c:barChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:invertIfNegative",
    "c:pictureOptions",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:shape",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:marker",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:smooth",
    "c:extLst",
  ],
  "c:pieChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:explosion",
    "c:dPt",
    "c:dLbls",
    "c:cat",
    "c:val",
    "c:extLst",
  ],
  "c:doughnutChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:explosion",
    "c:dPt",
    "c:dLbls",
    "c:cat",
    "c:val",
    "c:extLst",
  ],
};

function orderProblems(root: El): string[] {
  const problems: string[] = [];
  const walk = (e: El): void => {
    const order = ORDER[e.name];
    if (order && !inSchemaOrder(e, order))
      problems.push(`${e.name}: ${e.children.map((c) => c.name).join(",")}`);
    const serOrder = SER_ORDER[e.name];
    if (serOrder)
      for (const s of e.children.filter((c) => c.name === "c:ser"))
        if (!inSchemaOrder(s, serOrder)) problems.push(`${e.name}/c:ser`);
    e.children.forEach(walk);
  };
  walk(root);
  return problems;
}

async function seedPackage(): Promise<{ fw: FileWorkbook; zip: JSZip; bytes: Uint8Array }> {
  const subject = await fileWorkbookFactory({});
  const fw = subject.port as FileWorkbook;
  await fw.writeSummary(sampleModel(), undefined);
  const bytes = await fw.save();
  return { fw, zip: await JSZip.loadAsync(bytes), bytes };
}

const text = async (zip: JSZip, path: string): Promise<string> => {
  const f = zip.file(path);
  if (!f) throw new Error(`${path} missing; parts: ${Object.keys(zip.files).join(", ")}`);
  return f.async("string");
};

describe("saved package: native charts", () => {
  let zip: JSZip;
  beforeAll(async () => {
    ({ zip } = await seedPackage());
  });

  test("one xl/charts/chartN.xml per chart spec, one drawing, content types for each", async () => {
    const charts = Object.keys(zip.files)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
      .sort();
    expect(charts).toEqual([1, 2, 3, 4, 5, 6].map((n) => `xl/charts/chart${n}.xml`));
    const ct = await text(zip, "[Content_Types].xml");
    for (const c of charts)
      expect(ct).toContain(
        `PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`
      );
    expect(ct).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"'
    );
  });

  test("the summary sheet links the drawing (before tableParts) and the drawing links every chart", async () => {
    const wbXml = await text(zip, "xl/workbook.xml");
    expect(wbXml).toMatch(/<sheet [^>]*name="KPI Summary"/);
    const sheet = parseXml(await text(zip, "xl/worksheets/sheet2.xml"));
    expect(orderProblems(sheet)).toEqual([]);
    const drawingEl = sheet.children.find((c) => c.name === "drawing");
    expect(drawingEl).toBeDefined();
    const rels = parseXml(await text(zip, "xl/worksheets/_rels/sheet2.xml.rels"));
    const rel = rels.children.find((r) => r.attrs.Id === drawingEl?.attrs["r:id"]);
    expect(rel?.attrs.Target).toBe("../drawings/drawing1.xml");
    const drawing = parseXml(await text(zip, "xl/drawings/drawing1.xml"));
    expect(orderProblems(drawing)).toEqual([]);
    const anchors = all(drawing, "xdr:twoCellAnchor");
    expect(anchors).toHaveLength(6);
    expect(all(drawing, "xdr:cNvPr").map((e) => e.attrs.name)).toEqual(
      sampleModel().charts.map((c) => c.id)
    );
    // First chart from P8 (col 15, row 7 zero-based) to the cell after W22.
    expect(all(anchors[0]!, "xdr:col").map((e) => e.text)).toEqual(["15", "23"]);
    expect(all(anchors[0]!, "xdr:row").map((e) => e.text)).toEqual(["7", "22"]);
    const drels = parseXml(await text(zip, "xl/drawings/_rels/drawing1.xml.rels"));
    const chartIds = all(drawing, "c:chart").map((e) => e.attrs["r:id"]);
    expect(
      chartIds.map((id) => drels.children.find((r) => r.attrs.Id === id)?.attrs.Target)
    ).toEqual([1, 2, 3, 4, 5, 6].map((n) => `../charts/chart${n}.xml`));
  });

  test("every chart part is well-formed and in schema order", async () => {
    for (let n = 1; n <= 6; n++)
      expect(orderProblems(parseXml(await text(zip, `xl/charts/chart${n}.xml`)))).toEqual([]);
  });

  test.each<[number, string, string[]]>([
    [1, "stacked column", ["c:barChart"]],
    [2, "line", ["c:lineChart"]],
    [3, "combo: columns + line on a secondary axis", ["c:barChart", "c:lineChart"]],
    [4, "clustered column", ["c:barChart"]],
    [5, "pie", ["c:pieChart"]],
    [6, "doughnut", ["c:doughnutChart"]],
  ])("chart%i is a %s", async (n, _what, groups) => {
    const root = parseXml(await text(zip, `xl/charts/chart${n}.xml`));
    const plot = all(root, "c:plotArea")[0]!;
    expect(plot.children.map((c) => c.name).filter((x) => x.endsWith("Chart"))).toEqual(groups);
    if (n === 1) expect(all(plot, "c:grouping")[0]?.attrs.val).toBe("stacked");
    if (n === 4) expect(all(plot, "c:grouping")[0]?.attrs.val).toBe("clustered");
    if (n === 3) {
      expect(all(plot, "c:valAx").map((a) => all(a, "c:axPos")[0]?.attrs.val)).toEqual(["l", "r"]);
      expect(all(plot, "c:valAx").map((a) => all(a, "a:t")[0]?.text)).toEqual([
        "JPY mn",
        "YoY growth",
      ]);
    }
  });

  test("series reference the summary table and cache its values (n.m. left as gaps)", async () => {
    const layout = layoutSummary(sampleModel());
    const stacked = parseXml(await text(zip, "xl/charts/chart1.xml"));
    const fs = all(stacked, "c:f").map((f) => f.text);
    expect(fs[0]).toBe("('KPI Summary'!$E$8:$H$8,'KPI Summary'!$J$8:$M$8)");
    expect(fs[1]).toBe("('KPI Summary'!$E$9:$H$9,'KPI Summary'!$J$9:$M$9)");
    const firstVals = all(all(stacked, "c:val")[0]!, "c:v").map((v) => Number(v.text));
    expect(firstVals).toEqual([3800, 3950, 4100, 4300, 4600, 4750, 4900, 5100]);
    const combo = parseXml(await text(zip, "xl/charts/chart3.xml"));
    const yoyCache = all(all(combo, "c:lineChart")[0]!, "c:numCache")[0]!;
    expect(all(yoyCache, "c:ptCount")[0]?.attrs.val).toBe("4");
    // 1Q01…4Q01 total revenue growth: 8689/7240−1 … 12100/9195−1
    expect(all(yoyCache, "c:v").map((v) => Number(Number(v.text).toFixed(5)))).toEqual([
      0.20014, 0.22173, 0.25376, 0.31593,
    ]);
    expect(layout.charts[2]?.series[1]?.valuesRef).toBe(
      all(all(combo, "c:lineChart")[0]!, "c:f")[1]?.text
    );
  });
});

describe("saved package: ownership and idempotence at the byte level", () => {
  test("the user's sheet part is byte-identical after two refreshes", async () => {
    const subject = await fileWorkbookFactory({
      userSheets: [{ name: "KPI Summary", values: [["mine"]] }],
    });
    const fw = subject.port as FileWorkbook;
    const before = await JSZip.loadAsync(await fw.save());
    const first = await fw.writeSummary(sampleModel(), undefined);
    await fw.writeSummary(sampleModel(), {
      sheet: first.sheet,
      table: first.table,
      charts: first.charts,
    });
    const after = await JSZip.loadAsync(await fw.save());
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      expect(await text(after, part)).toBe(await text(before, part));
    }
    expect(await text(after, "xl/workbook.xml")).toMatch(/name="KPI Summary \(2\)"/);
    const chart = await text(after, "xl/charts/chart1.xml");
    expect(chart).toContain("'KPI Summary (2)'!$E$9:$H$9");
  });

  test("refresh twice → every part identical (except the save time stamp)", async () => {
    const { fw, zip: once } = await seedPackage();
    await fw.writeSummary(sampleModel(), {
      sheet: "KPI Summary",
      table: "QuarterDeckKPIs",
      charts: [],
    });
    const twice = await JSZip.loadAsync(await fw.save());
    const parts = Object.keys(once.files)
      .filter((p) => !once.files[p]?.dir && p !== "docProps/core.xml")
      .sort();
    expect(
      Object.keys(twice.files)
        .filter((p) => !twice.files[p]?.dir && p !== "docProps/core.xml")
        .sort()
    ).toEqual(parts);
    for (const p of parts)
      expect(`${p}: ${await text(twice, p)}`).toBe(`${p}: ${await text(once, p)}`);
  });

  test("charts survive save → open → save (rebuilt from the workbook's own record)", async () => {
    const { bytes } = await seedPackage();
    const reopened = await FileWorkbook.fromBytes(bytes, "summary.xlsx");
    if (!(reopened instanceof FileWorkbook)) throw new Error(reopened.message);
    const again = await JSZip.loadAsync(await reopened.save());
    expect(
      Object.keys(again.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    ).toHaveLength(6);
  });
});

describe("exportSummary", () => {
  test("the summary alone: values only, no formulas or links to the source, with its charts and table", async () => {
    const zip = await JSZip.loadAsync(await exportSummary(sampleModel()));
    const wbXml = await text(zip, "xl/workbook.xml");
    expect(wbXml.match(/<sheet /g)).toHaveLength(1);
    expect(wbXml).toMatch(/name="KPI Summary"/);
    expect(Object.keys(zip.files).some((p) => p.includes("externalLink"))).toBe(false);
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    expect(sheet).not.toContain("<f>");
    expect(
      Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    ).toHaveLength(6);
    expect(Object.keys(zip.files).some((p) => p.startsWith("xl/tables/"))).toBe(true);
    const wb = await FileWorkbook.fromBytes(await exportSummary(sampleModel()), "export.xlsx");
    if (!(wb instanceof FileWorkbook)) throw new Error(wb.message);
    const [r] = await wb.readRanges([{ kind: "address", address: "'KPI Summary'!M14" }]);
    expect(r?.values).toEqual([[12100]]);
  });
});

describe("FileWorkbook over a CSV", () => {
  test("the CSV becomes a sheet named after the file; a bad address is rejected by name", async () => {
    const csv = new TextEncoder().encode('id,label,4Q01\nrevenue.total,"Total revenues",12100\n');
    const fw = await FileWorkbook.fromBytes(csv, "pack.csv");
    if (!(fw instanceof FileWorkbook)) throw new Error(fw.message);
    expect((await fw.listSources()).sheets).toEqual(["pack"]);
    const [r] = await fw.readRanges([{ kind: "selection" }]);
    expect(r).toEqual({
      sheet: "pack",
      topLeft: "A1",
      values: [
        ["id", "label", "4Q01"],
        ["revenue.total", "Total revenues", 12100],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
    });
    await expect(fw.readRanges([{ kind: "address", address: "pack!1A" }])).rejects.toThrow(
      /pack!1A/
    );
  });
});
