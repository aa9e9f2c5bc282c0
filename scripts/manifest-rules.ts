// The structure an Excel shared-runtime manifest must have, checked offline (no XSD ships in any package).
import { XMLParser } from "fast-xml-parser";

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (name) => ["Set", "Runtime", "Url", "Image", "String", "ExtensionPoint", "Host", "Control", "AppDomain"].includes(name) });

function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x as Node));
      all(v, name, out);
    }
  }
  return out;
}

export interface ManifestFacts {
  permissions: string;
  sets: { name: string; min: string }[];
  runtimes: { resid: string; lifetime: string }[];
  functionsPage: string;
  functionFile: string;
  paneSource: string;
  namespace: string;
  urls: Record<string, string>;
  icons: Record<string, string>;
  appDomains: string[];
}

export function readManifest(xml: string): ManifestFacts {
  const doc = parser.parse(xml) as Node;
  const app = doc.OfficeApp as Node;
  const res = (n: Node | undefined) => String((n as Node | undefined)?.["@resid"] ?? "");
  const cf = all(app, "ExtensionPoint").find((e) => e["@type"] === "CustomFunctions") ?? {};
  const strings = Object.fromEntries(all(app, "String").map((s) => [String(s["@id"]), String(s["@DefaultValue"])]));
  return {
    permissions: String(app.Permissions ?? ""),
    sets: all((app.Requirements as Node) ?? {}, "Set").map((s) => ({ name: String(s["@Name"]), min: String(s["@MinVersion"]) })),
    runtimes: all(app, "Runtime").map((r) => ({ resid: String(r["@resid"]), lifetime: String(r["@lifetime"]) })),
    functionsPage: res((cf.Page as Node)?.SourceLocation as Node),
    functionFile: res(all(app, "FunctionFile")[0]),
    paneSource: res(all(app, "Action").find((a) => a["@type"] === "ShowTaskpane")?.SourceLocation as Node),
    namespace: strings[res(cf.Namespace as Node)] ?? "",
    urls: Object.fromEntries(all(app, "Url").map((u) => [String(u["@id"]), String(u["@DefaultValue"])])),
    icons: Object.fromEntries(all(app, "Image").filter((i) => i["@DefaultValue"]).map((i) => [String(i["@id"]), String(i["@DefaultValue"])])),
    appDomains: all(app, "AppDomain").map(String),
  };
}

/** Problems with a built manifest, as sentences; empty when it follows the rules of this add-in. */
export function checkManifest(xml: string, base: string): string[] {
  const m = readManifest(xml);
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => ok || problems.push(what);
  expect(m.permissions === "ReadWriteDocument", `Permissions must be ReadWriteDocument, not '${m.permissions}'`);
  expect(m.sets.some((s) => s.name === "SharedRuntime" && s.min === "1.1"), "Requirements must name SharedRuntime 1.1");
  expect(m.runtimes.length === 1 && m.runtimes[0].lifetime === "long", "exactly one Runtime with lifetime=\"long\"");
  const rid = m.runtimes[0]?.resid;
  expect(!!rid && m.functionsPage === rid && m.functionFile === rid && m.paneSource === rid, "the runtime, the functions Page, the FunctionFile and the task pane must share one resid");
  expect(m.namespace === "DTI", `the functions namespace must be DTI, not '${m.namespace}'`);
  expect(m.appDomains.length === 0, "no AppDomains: the add-in reaches no outside domain");
  for (const [id, url] of Object.entries({ ...m.urls, ...m.icons })) expect(url.startsWith(base + "/"), `${id} must be served from ${base}, not ${url}`);
  expect(["Icon.16x16", "Icon.32x32", "Icon.80x80"].every((i) => m.icons[i]?.endsWith(`icon-${i.split("x")[1]}.png`)), "icons of 16, 32 and 80 px");
  expect(!!m.urls["Functions.Metadata.Url"]?.endsWith("/functions.json") && !!m.urls["Functions.Script.Url"]?.endsWith("/functions.js"), "functions.json and functions.js URLs");
  return problems;
}

/** The manifest for a host: every {{BASE_URL}} replaced (an https:// address, no trailing slash) and the version set. */
export function renderManifest(template: string, base: string, version: string): string {
  if (!/^https:\/\/[^\s"<>&]+$/.test(base)) throw new Error(`the base URL must be an https:// address, not '${base}'`);
  // Notes for whoever edits the template (<!--build …-->) are not part of any manifest.
  return template.replace(/<!--build[\s\S]*?-->\r?\n?/g, "").replaceAll("{{BASE_URL}}", base.replace(/\/+$/, "")).replaceAll("{{VERSION}}", version);
}
