/**
 * The bundled sample's URL. Webpack sees `new URL(…, import.meta.url)` and emits the workbook with the pane's
 * assets, so the preview can fetch it whatever the copy rules. Loaded only in the browser bundle.
 */
export const sampleUrl: string = new URL(
  "../../assets/sample/iij-4q01-sample.xlsx",
  import.meta.url
).href;
