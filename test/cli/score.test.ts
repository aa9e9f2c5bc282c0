// `dti score` and `dti target` as a user runs them: output, exit status, Vietnamese messages on stderr.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

const CLI = "dist/cli/dti.cjs";
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
};

beforeAll(() => {
  if (!existsSync(CLI)) spawnSync("npm", ["run", "build"], { stdio: "inherit" });
});

describe("dti score", () => {
  it.each<[string[], string]>([
    [["6.3", "350000", "1000000"], "20"],
    [["1.2", "985000", "1000000"], "19.9"],
    [["2.1", "45", "46"], "0"],
    [["2.1", "46", "46"], "30"],
    [["2.2", "120", "300", "1500", "2500"], "30"],
    [["4.4", "1000", "700"], "43.75"],
    [["4.5", "1000", "940", "200", "190", "--year", "2026"], "39.65"],
    [["4.5", "1000", "940", "200", "190", "--year", "2028"], "38.05"],
    [["4.6", "50", "30", "10000"], "16"],
    [["5.2", "1200", "3200"], "18.75"],
    [["1.6", "Có", "Không", "Có"], "30"],
    [["4.1", "x", "x", "", "x"], "15"],
    [["6.3", "0.35", "1"], "20"],
    [["4.1", "TRUE", "TRUE", "FALSE", "TRUE"], "15"],
    [["6.3", "350.000", "1.000.000"], "20"],
    [["6.3", "350000", "1000000", "--edition", "qd405-29"], "20"],
  ])("%j → %s", (args, expected) => {
    const r = run(["score", ...args]);
    if (expected.startsWith("#")) {
      expect(r.status).toBe(2);
      expect(r.err.startsWith(expected)).toBe(true);
    } else {
      expect(r.status).toBe(0);
      expect(r.out).toBe(expected);
    }
  });

  it.each<[string[], string]>([
    [["9.9", "1", "2"], "#N/A"],
    [["6.3", "5", "0"], "#DIV/0!"],
    [["1.1", "120", "100"], "#VALUE!"],
    [["6.3", "-1", "10"], "#VALUE!"],
    [["6.3", "abc", "10"], "#VALUE!"],
    [["4.4", "80", "100", "--edition", "qd405-29"], "#N/A"],
    [["3.2", "1", "2", "--edition", "qd405-29"], "#N/A"],
  ])("%j exits 2 with %s and a Vietnamese message on stderr", (args, code) => {
    const r = run(["score", ...args]);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split(" ")[0]).toBe(code);
    expect(r.err).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    expect(r.err).not.toMatch(/at .*\.(js|ts|cjs):\d+/);
  });

  it("--edition qd405-29: 4.4 (usage) and 3.2 say their maximum is not published", () => {
    for (const args of [["4.4", "80", "100"], ["3.2", "1", "2"]]) {
      const r = run(["score", ...args, "--edition", "qd405-29"]);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(/^#N\/A Điểm tối đa .*chưa được công bố trong bộ qd405-29$/);
    }
  });

  it("reads TAB-separated lines from standard input, one result per line", () => {
    const r = run(["score", "-"], "6.3\t350000\t1000000\n9.9\t1\t2\n4.4\t1000\t700\n\n1.6\tx\t\tx\r\n");
    expect(r.out.split("\n").map((l) => l.split(" ")[0])).toEqual(["20", "#N/A", "43.75", "", "30"]);
    expect(r.status).toBe(2);
    expect(run(["score", "-"], "6.3\t350000\t1000000\n").status).toBe(0);
    expect(run(["score", "-"], "6.3\t350000\t1000000\t\t\t\t\n").out).toBe("20");
  });

  it("prints Vietnamese numbers on request", () => {
    expect(run(["score", "1.2", "985000", "1000000", "--format", "vi"]).out).toBe("19,9");
  });
});

describe("dti target", () => {
  it.each<[string, string, string]>([
    ["Trên 80%", "0.8", "FALSE"],
    ["Trên 80%", "0,81", "TRUE"],
    ["Trên 80%", "81%", "TRUE"],
    ["90% trở lên", "0,9", "TRUE"],
    ["≤4", "4", "TRUE"],
    ["≤4", "5", "FALSE"],
    ["≤12/34", "13", "FALSE"],
    ["01 doanh nghiệp/1.000 dân", "1,2", "TRUE"],
  ])("%s with %s → %s", (text, actual, expected) => {
    const r = run(["target", text, actual]);
    expect(r.status).toBe(0);
    expect(r.out).toBe(expected);
  });

  it("says a qualitative target is qualitative, with exit status 2", () => {
    const r = run(["target", "Trung tâm Tích hợp dữ liệu tỉnh được công nhận đạt chuẩn", "1"]);
    expect(r.status).toBe(2);
    expect(r.err.startsWith("#N/A")).toBe(true);
    expect(r.err).toContain("định tính");
  });
});

describe("usage", () => {
  it("unknown commands and missing arguments exit 2", () => {
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run(["score", "6.3"]).status).toBe(2);
    expect(run(["--help"]).status).toBe(0);
  });
});
