import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// findBy…/waitFor wait up to 10 s: a busy 2-core CI runner can take over a second to render Fluent's pane in jsdom,
// and a wait that expires then fails a test that is right.
configure({ asyncUtilTimeout: 10_000 });
