import { reasonOf } from "../workbook/reason";
import { previewMessages } from "./messages";

/** The bundled sample workbook, emitted by the build beside the pane (assets/sample/… in the repository). */
export const SAMPLE_FILE = "iij-4q01-sample.xlsx";
export const SAMPLE_URL = `assets/sample/${SAMPLE_FILE}`;

export type SampleResult =
  { ok: true; value: { bytes: Uint8Array; name: string } } | { ok: false; message: string };

type Fetcher = (url: string) => Promise<Pick<Response, "ok" | "status" | "arrayBuffer">>;

const browserFetch: Fetcher | null =
  typeof globalThis.fetch === "function" ? (url) => globalThis.fetch(url) : null;

/** Where the build put the sample; the conventional path beside the page when that is unknown. */
async function bundledSampleUrl(): Promise<string> {
  try {
    return (await import("./sampleUrl")).sampleUrl;
  } catch {
    return SAMPLE_URL;
  }
}

/** Fetch the sample; a failure comes back as a message naming the file. */
export async function fetchSample(
  fetcher: Fetcher | null = browserFetch,
  resolveUrl: () => Promise<string> = bundledSampleUrl
): Promise<SampleResult> {
  if (fetcher === null) return { ok: false, message: previewMessages.noFetch };
  try {
    const response = await fetcher(await resolveUrl());
    if (!response.ok)
      return { ok: false, message: previewMessages.sampleStatus(SAMPLE_FILE, response.status) };
    return {
      ok: true,
      value: { bytes: new Uint8Array(await response.arrayBuffer()), name: SAMPLE_FILE },
    };
  } catch (e) {
    return {
      ok: false,
      message: previewMessages.sampleFailed(SAMPLE_FILE, reasonOf(e)),
    };
  }
}
