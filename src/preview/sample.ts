import { previewMessages } from "./messages";

/** The bundled sample workbook, copied by the build beside the pane (assets/sample/…). */
export const SAMPLE_FILE = "iij-4q01-sample.xlsx";
export const SAMPLE_URL = `assets/sample/${SAMPLE_FILE}`;

export type SampleResult =
  { ok: true; value: { bytes: Uint8Array; name: string } } | { ok: false; message: string };

type Fetcher = (url: string) => Promise<Pick<Response, "ok" | "status" | "arrayBuffer">>;

const browserFetch: Fetcher | null =
  typeof globalThis.fetch === "function" ? (url) => globalThis.fetch(url) : null;

/** Fetch the sample relative to the page; a failure comes back as a message. */
export async function fetchSample(fetcher: Fetcher | null = browserFetch): Promise<SampleResult> {
  if (fetcher === null) return { ok: false, message: previewMessages.noFetch };
  try {
    const response = await fetcher(SAMPLE_URL);
    if (!response.ok)
      return { ok: false, message: previewMessages.sampleStatus(SAMPLE_FILE, response.status) };
    return {
      ok: true,
      value: { bytes: new Uint8Array(await response.arrayBuffer()), name: SAMPLE_FILE },
    };
  } catch (e) {
    return {
      ok: false,
      message: previewMessages.sampleFailed(
        SAMPLE_FILE,
        e instanceof Error ? e.message : String(e)
      ),
    };
  }
}
