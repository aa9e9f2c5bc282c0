// The house as the README draws it: no two files import each other in a loop, no floor imports a higher one,
// the command line touches no zip or workbook library, and sheet geometry is written once.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["core", "formats", "cli", "files", "addin", "appsscript", "pane"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(n) && !/\.d\.ts$/.test(n) ? [p] : [];
  });
}

const files = ROOTS.flatMap(sources);
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

/** Every module a file imports: relative ones resolved to files, packages by name. */
function imports(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s+["']([^"']+)["']/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith(".")) {
      out.push(spec);
      continue;
    }
    const base = normalize(join(dirname(file), spec));
    const hit = [`${base}.ts`, join(base, "index.ts")].find((p) => text.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

const graph = new Map(files.map((f) => [f, imports(f)]));
const top = (f: string) => f.split("/")[0];

describe("the layout", () => {
  it("has no import loop", () => {
    const state = new Map<string, "open" | "done">();
    const loops: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        loops.push([...path.slice(path.indexOf(f)), f].join(" → "));
        return;
      }
      state.set(f, "open");
      for (const g of graph.get(f) ?? []) if (graph.has(g)) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(loops).toEqual([]);
  });

  it("imports only downward between folders: core knows no host, hosts know no command line", () => {
    const allowed: Record<string, string[]> = {
      core: ["core"],
      formats: ["formats", "core"],
      pane: ["pane", "formats", "core"],
      files: ["files", "formats", "core"],
      addin: ["addin", "pane", "core"],
      appsscript: ["appsscript", "pane", "core"],
      cli: ["cli", "files", "core"],
    };
    const wrong = files.flatMap((f) => graph.get(f)!.filter((g) => text.has(g) && !allowed[top(f)].includes(top(g))).map((g) => `${f} → ${g}`));
    expect(wrong).toEqual([]);
  });

  it("the command line imports no zip or workbook library (those are the file host's)", () => {
    const libs = files.filter((f) => top(f) === "cli").flatMap((f) => graph.get(f)!.filter((g) => /^(jszip|exceljs|fflate|txml(\/txml)?|@e965\/xlsx)$/.test(g)).map((g) => `${f} → ${g}`));
    expect(libs).toEqual([]);
  });

  it("reading bytes into grids is browser-safe: formats/ imports nothing of Node", () => {
    const node = files.filter((f) => top(f) === "formats").flatMap((f) => graph.get(f)!.filter((g) => g.startsWith("node:") || ["fs", "path", "zlib", "buffer"].includes(g)).map((g) => `${f} → ${g}`));
    expect(node).toEqual([]);
    expect(files.filter((f) => top(f) === "formats" && /\bBuffer\b|\bprocess\./.test(text.get(f)!))).toEqual([]);
  });

  it("converts column letters and numbers in one place", () => {
    const places = files.filter((f) => /fromCharCode\(\s*65\b|charCodeAt\([^)]*\)\s*(?:&\s*~32\s*)?\)?\s*-\s*64/.test(text.get(f)!));
    expect(places).toEqual(["core/grid.ts"]);
  });
});
