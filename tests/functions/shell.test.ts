/** From results to Excel: values pass through, errors are thrown with their code and a message Excel can show. */
import { MAX_ERROR_MESSAGE, unwrap } from "../../src/functions/shell";
import { badArgument, notAvailable, ok } from "../../src/functions/result";

class FakeError {
  constructor(
    readonly code: string,
    readonly message: string
  ) {}
}
const make = (code: "na" | "value", message: string) => new FakeError(code, message);

describe("unwrap", () => {
  test("a value passes through", () => {
    expect(unwrap(ok(0.316), make)).toBe(0.316);
    expect(unwrap(ok([["a"]]), make)).toEqual([["a"]]);
  });

  test.each([
    ["na", notAvailable("Total revenues yoy in 1Q24 is n.m.")],
    ["value", badArgument('No line "x" in the figures.')],
  ] as const)("%s is thrown with its message", (code, result) => {
    let thrown: unknown;
    try {
      unwrap(result, make);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toEqual(new FakeError(code, result.ok ? "" : result.message));
  });

  test("a long message is cut to what Excel shows", () => {
    let thrown: FakeError | undefined;
    try {
      unwrap(notAvailable("x".repeat(400)), make);
    } catch (e) {
      thrown = e as FakeError;
    }
    expect(thrown?.message).toHaveLength(MAX_ERROR_MESSAGE);
    expect(thrown?.message.endsWith("…")).toBe(true);
  });
});
