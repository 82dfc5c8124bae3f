/**
 * Office.js limits the adapter keeps under. Excel on the web refuses a request or a response over 5 MB;
 * every host refuses a read of more than 5 million cells.
 */
export const PAYLOAD_CAP_BYTES = 5 * 1024 * 1024;
export const CELL_CAP = 5_000_000;

/** What one sync may carry by our own estimate: 80% of the cap, the rest is margin for estimate error. */
export const SYNC_BUDGET_BYTES = Math.floor(PAYLOAD_CAP_BYTES * 0.8);
/** Cells per sync, well under the host's cap. */
export const SYNC_BUDGET_CELLS = 4_000_000;

/** A range up to this many cells is read whole in the sync after its size is known. */
export const SMALL_RANGE_CELLS = 20_000;
/** Rows of each sampled block when a range is large, and how many blocks are spread over it. */
export const SAMPLE_BLOCK_ROWS = 16;
export const SAMPLE_BLOCKS = 8;
/** Safety factor on the sampled bytes per row. */
export const ESTIMATE_MARGIN = 1.25;
/** Times a read round is halved and retried after the host reports an oversized payload. */
export const MAX_PAYLOAD_RETRIES = 4;
