// The sidebar: the shared pane, whose backend is google.script.run wrapped as typed promises.
import { OPERATION_NAMES } from "../core/host/names";
import type { Lang } from "../core/i18n";
import type { Backend } from "../pane/backend";
import { mountPane } from "../pane/pane";
import { decodeWire, encodeWire } from "./wire";

interface ScriptRun {
  withSuccessHandler(f: (v: string) => void): ScriptRun;
  withFailureHandler(f: (e: Error) => void): ScriptRun;
  [server: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

export function scriptBackend(): Backend {
  const backend: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of OPERATION_NAMES) {
    backend[name] = (...args) =>
      new Promise((resolve, reject) => {
        const run = google.script.run.withSuccessHandler((v) => resolve(decodeWire(v))).withFailureHandler(reject);
        (run[`dti_${name}`] as (payload: string) => void)(encodeWire(args));
      });
  }
  return backend as unknown as Backend;
}

const lang: Lang = /^en/i.test(navigator.language) ? "en" : "vi";
document.documentElement.lang = lang;
mountPane(document, scriptBackend(), { lang });
