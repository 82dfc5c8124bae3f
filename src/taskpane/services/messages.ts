/** Messages of the pane's service layer (what went wrong, in plain words). */
export const serviceMessages = {
  noFigures: (where: string) =>
    `No figures were found in ${where}: it holds no row of numbers with period labels.`,
  nothingRead: (where: string) => `Nothing could be read from ${where}.`,
  emptySheet: (sheet: string) => `The sheet “${sheet}” is empty.`,
  unexpected: (what: string, why: string) => `${what} stopped unexpectedly (${why}).`,
  notInPreview: (what: string) => `${what} is not available in this build.`,
  sampleHttp: (status: number) => `the server answered ${status}`,
} as const;
