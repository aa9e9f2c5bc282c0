// The core knows no host: nothing under core/ names Excel, Office, SpreadsheetApp, the DOM or globalThis.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const files = (readdirSync("core", { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => join("core", f));

describe("core/", () => {
  it.each(files)("%s uses no host API", (file) => {
    const code = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    expect(code).not.toMatch(/\b(Excel|Office|CustomFunctions|SpreadsheetApp|HtmlService|google\.script|document|window|globalThis)\b\s*[.[(]/);
    expect(code).not.toMatch(/\b(eval|new Function)\s*\(/);
  });
});
