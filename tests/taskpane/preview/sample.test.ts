import { SAMPLE_URL, fetchSample } from "../../../src/preview/sample";

const at = async () => SAMPLE_URL;

describe("fetchSample", () => {
  it("returns the bytes and the file name", async () => {
    const asked: string[] = [];
    const result = await fetchSample(async (url) => {
      asked.push(url);
      return {
        ok: true,
        status: 200,
        arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer,
      };
    }, at);
    expect(asked).toEqual(["assets/sample/iij-4q01-sample.xlsx"]);
    expect(result).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([80, 75, 3, 4]), name: "iij-4q01-sample.xlsx" },
    });
  });

  it.each([
    [
      "a server error",
      async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }),
      "iij-4q01-sample.xlsx could not be downloaded (the server answered 404).",
    ],
    [
      "a network failure",
      async () => Promise.reject(new Error("Failed to fetch")),
      "iij-4q01-sample.xlsx could not be downloaded (Failed to fetch).",
    ],
  ])("names the file and the reason on %s", async (_name, fetcher, message) => {
    expect(await fetchSample(fetcher, at)).toEqual({ ok: false, message });
  });

  it("says so when the browser cannot download", async () => {
    expect(await fetchSample(null, at)).toEqual({
      ok: false,
      message: "This browser cannot download files.",
    });
  });
});
