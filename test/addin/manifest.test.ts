// The built Excel manifest: shared runtime, one resid for runtime/functions/pane, namespace DTI, minimal permission, no outside domains.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifest, readManifest, renderManifest } from "../../scripts/manifest-rules";

const xml = readFileSync("dist/excel/manifest.xml", "utf8");

const XSD = "test/fixtures/office-manifest-xsd/OfficeAppManifestV1_1.xsd";
const validate = (file: string) => execFileSync("xmllint", ["--noout", "--schema", XSD, file], { stdio: "pipe", encoding: "utf8" });

describe("the manifest against the Office manifest schemas, offline", () => {
  it("the development manifest validates", () => {
    expect(() => validate("dist/excel/manifest.xml")).not.toThrow();
  });

  it("a production manifest validates, and says nothing of how it was built", () => {
    const prod = renderManifest(readFileSync("manifests/excel.xml", "utf8"), "https://dti.so-khcn.gov.vn/addin", "1.0.0.0");
    const f = join(mkdtempSync(join(tmpdir(), "dti-manifest-")), "manifest.prod.xml");
    writeFileSync(f, prod);
    expect(() => validate(f)).not.toThrow();
    expect(prod).not.toMatch(/BASE_URL|build/i);
  });

  it("the schemas catch a broken manifest", () => {
    const f = join(mkdtempSync(join(tmpdir(), "dti-manifest-")), "broken.xml");
    writeFileSync(f, xml.replace("<ProviderName>DTI Sheets</ProviderName>", ""));
    expect(() => validate(f)).toThrow();
  });

  it("a 64 px high-resolution icon, icons for every DPI, support and learn-more on a help page that works outside Office", () => {
    expect(/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1]).toBe("https://localhost:3000/assets/icon-64.png");
    for (const n of [16, 20, 24, 32, 40, 48, 64, 80, 96]) {
      expect(xml).toContain(`assets/icon-${n}.png`);
      const png = readFileSync(`dist/excel/assets/icon-${n}.png`);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([n, n]);
    }
    expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(xml)?.[1]).toBe("https://localhost:3000/help.html");
    expect(readManifest(xml).urls["Help.Url"]).toBe("https://localhost:3000/help.html");
    const help = readFileSync("dist/excel/help.html", "utf8");
    expect(help).not.toMatch(/office\.js|<script/i);
    expect(readdirSync("dist/excel")).toContain("help.html");
  });
});

describe("dist/excel/manifest.xml", () => {
  it("is well-formed XML (xmllint)", () => {
    expect(existsSync("/usr/bin/xmllint"), "xmllint (Debian libxml2-utils) is installed by scripts/ensure-tools.sh").toBe(true);
    expect(() => execFileSync("xmllint", ["--noout", "dist/excel/manifest.xml"], { stdio: "pipe" })).not.toThrow();
  });

  it("follows the shared-runtime rules", () => {
    expect(checkManifest(xml, "https://localhost:3000")).toEqual([]);
    const m = readManifest(xml);
    expect(m.runtimes).toEqual([{ resid: "Shared.Url", lifetime: "long" }]);
    expect([m.functionsPage, m.functionFile, m.paneSource]).toEqual(["Shared.Url", "Shared.Url", "Shared.Url"]);
    expect(m.urls["Shared.Url"]).toBe("https://localhost:3000/taskpane.html");
    expect(m.namespace).toBe("DTI");
    expect(m.permissions).toBe("ReadWriteDocument");
    expect(m.appDomains).toEqual([]);
  });

  it("the rules catch a broken manifest", () => {
    const broken = xml.replace('lifetime="long"', 'lifetime="short"').replace("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteMailbox").replace('DefaultValue="DTI" />', 'DefaultValue="CONTOSO" />');
    expect(checkManifest(broken, "https://localhost:3000")).toHaveLength(3);
    expect(checkManifest(xml, "https://dti.example.gov.vn")).not.toEqual([]);
  });

  it("every file the manifest names is in dist/excel", () => {
    const m = readManifest(xml);
    for (const url of [...Object.values(m.urls), ...Object.values(m.icons)]) expect(existsSync(`dist/excel${new URL(url).pathname}`), url).toBe(true);
  });

  it("a production manifest points every URL at the given HTTPS host, and only an https:// one", () => {
    const prod = renderManifest(readFileSync("manifests/excel.xml", "utf8"), "https://dti.example.gov.vn/addin/", "1.0.0.0");
    expect(checkManifest(prod, "https://dti.example.gov.vn/addin")).toEqual([]);
    expect(readManifest(prod).urls["Functions.Metadata.Url"]).toBe("https://dti.example.gov.vn/addin/functions.json");
    expect(() => renderManifest("", "http://dti.example.gov.vn", "1")).toThrow();
  });

  it("the page loads Office.js from its CDN address, then the functions and the pane", () => {
    const html = readFileSync("dist/excel/taskpane.html", "utf8");
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
    for (const hook of ["check", "mark", "clear-marks", "fill", "apply", "undo", "template", "chart"]) expect(html).toContain(`data-action="${hook}"`);
  });
});
