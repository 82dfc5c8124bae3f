/** The drawing part (xl/drawings/drawingN.xml) holding one twoCellAnchor graphic frame per chart, and its rels. */
import type { ChartPlacement } from "../../layout";
import { esc, NS, XML_DECL } from "./xml";

function marker(tag: "from" | "to", at: { row: number; col: number }): string {
  return `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** CT_TwoCellAnchor: from, to, graphicFrame, clientData. `relIds[i]` links chart i. */
export function drawingXml(charts: ChartPlacement[], relIds: string[]): string {
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", c.from)}${marker("to", c.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.name)}" descr="${esc(c.spec.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relIds[i] ?? ""}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    )
    .join("");
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`
  );
}

/** Relationships of the drawing part: one chart relationship per chart. */
export function drawingRelsXml(chartTargets: string[], relIds: string[]): string {
  const rels = chartTargets
    .map(
      (t, i) => `<Relationship Id="${relIds[i] ?? ""}" Type="${NS.relChart}" Target="${esc(t)}"/>`
    )
    .join("");
  return XML_DECL + `<Relationships xmlns="${NS.rels}">${rels}</Relationships>`;
}
