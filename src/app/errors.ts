/** A short, user-facing reason from anything a port rejected with (adapters reject with plain-worded Errors). */
export { reasonOf as messageOf } from "../workbook/reason";
