/** Let the browser paint (progress bar, spinner) before the next stage of long work. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
