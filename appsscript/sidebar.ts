// The sidebar: the shared pane, whose backend is google.script.run wrapped as typed promises.
import type { Lang } from "../core/i18n";
import { makeBackend, type Backend } from "../pane/backend";
import { mountPane } from "../pane/pane";
import { decodeWire, encodeWire } from "./wire";

interface ScriptRun {
  withSuccessHandler(f: (v: string) => void): ScriptRun;
  withFailureHandler(f: (e: Error) => void): ScriptRun;
  [server: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Each operation as the server function `dti_NAME`, its arguments and result in the date-safe wire format. */
export function scriptBackend(): Backend {
  return makeBackend((name, args) =>
    new Promise((resolve, reject) => {
      const run = google.script.run.withSuccessHandler((v) => resolve(decodeWire(v))).withFailureHandler(reject);
      (run[`dti_${name}`] as (payload: string) => void)(encodeWire(args));
    }),
  );
}

// The server wrote the spreadsheet's language into the page (showSidebar); the browser's own is not the document's.
const lang: Lang = document.documentElement.lang === "en" ? "en" : "vi";
document.body.classList.add("theme-google");
mountPane(document, scriptBackend(), { lang });
