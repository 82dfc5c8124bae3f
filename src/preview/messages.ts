/** User-facing messages of preview mode. */
export const previewMessages = {
  noFetch: "This browser cannot download files.",
  sampleStatus: (file: string, status: number) =>
    `${file} could not be downloaded (the server answered ${status}).`,
  sampleFailed: (file: string, why: string) => `${file} could not be downloaded (${why}).`,
} as const;
