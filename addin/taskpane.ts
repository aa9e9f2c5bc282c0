// The shared-runtime page's pane: Office ready → the pane, in Office's display language.
import { mountPane } from "../pane/pane";
import { describeOfficeError, displayLang, excelBackend } from "./backend";

Office.onReady(() => {
  const lang = displayLang();
  document.documentElement.lang = lang;
  document.body.classList.add("theme-fluent");
  mountPane(document, excelBackend(), { lang, describeError: describeOfficeError });
});
