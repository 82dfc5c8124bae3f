/**
 * One turn of the event loop (a macrotask), so the host can repaint (the pane's progress bar, a spinner)
 * before the next stage of long, synchronous work.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
