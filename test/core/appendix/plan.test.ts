// Dated targets read from plan prose, and the appendix compared with its own plan.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractPlanTargets } from "../../../core/appendix/plan";
import { validateAppendix, type CheckReport } from "../../../core/appendix/validate";
import { INDICATORS } from "../../../core/catalog";
import { sampleGrid } from "../../fixtures/grids";

const ALL = INDICATORS.map((i) => i.key);
const read = (f: string) => readFileSync(`samples/${f}`, "utf8");
const summary = (text: string, keys = ALL) =>
  extractPlanTargets(text, keys).map((t) => `${t.key}@${t.year}=${t.target.kind === "qualitative" ? "?" : (t.target as { value: number }).value}`);

describe("extractPlanTargets", () => {
  it("reads the dated targets of the Đồng Nai plan body", () => {
    expect(summary(read("dong-nai-ke-hoach-2026-2030.txt"))).toEqual([
      "full-online-services@2030=1",
      "full-online-dossiers@2026=0.3",
      "full-online-dossiers@2030=0.9",
      "full-online-services@2030=1",
      "digital-tech-enterprises@2030=1",
      "digital-signatures@2026=0.5",
      "digital-signatures@2030=0.7",
    ]);
  });

  it("pairs two targets and two years in one clause, and ignores years inside dates", () => {
    expect(summary("- Triển khai chiến dịch phổ cập chữ ký số cá nhân, nâng tỷ lệ đạt 50% trong năm 2026 và 70% đến năm 2030.")).toEqual([
      "digital-signatures@2026=0.5",
      "digital-signatures@2030=0.7",
    ]);
    expect(summary("Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 về hồ sơ trực tuyến toàn trình đạt 80%.")).toEqual([]);
  });

  it("keeps side remarks in parentheses out ('hiện tại đạt 0,36/1.000')", () => {
    expect(summary("Nâng tỉ lệ doanh nghiệp công nghệ số đến năm 2030 đạt 1/1.000 dân (hiện tại năm 2025 đạt 0,36/1.000).")).toEqual([
      "digital-tech-enterprises@2030=1",
    ]);
  });

  it("only speaks of the indicators it is given", () => {
    expect(summary(read("dong-nai-ke-hoach-2026-2030.txt"), ["digital-signatures"])).toEqual(["digital-signatures@2026=0.5", "digital-signatures@2030=0.7"]);
  });
});

describe("appendix against its own plan", () => {
  let r: CheckReport;
  beforeAll(async () => {
    r = validateAppendix(await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx"), { planText: read("dong-nai-ke-hoach-2026-2030.txt") });
  });

  it("finds the online-dossier and digital-signature targets that differ from the plan body", () => {
    const f = r.findings.filter((x) => x.rule === "target-plan-mismatch");
    expect(f.map((x) => [x.code, x.cell, x.params.year, x.params.plan])).toEqual([
      ["4.5", "E27", 2026, "30%"],
      ["5.2", "F32", 2030, "1/1.000 dân"],
      ["6.3", "E38", 2026, "50%"],
    ]);
    expect(f.every((x) => x.severity === "warning")).toBe(true);
  });

  it("the commune appendix differs from its own plan on digital signatures only", async () => {
    const c = validateAppendix(await sampleGrid("dai-phuoc-phu-luc-xa.xlsx"), { planText: read("dai-phuoc-ke-hoach-2026-2030.txt") });
    expect(c.findings.filter((x) => x.rule === "target-plan-mismatch").map((x) => [x.code, x.params.year, x.params.plan])).toEqual([["6.3", 2026, "50%"]]);
  });

  it("without a plan there is no such finding", async () => {
    const plain = validateAppendix(await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx"));
    expect(plain.findings.filter((x) => x.rule === "target-plan-mismatch")).toEqual([]);
  });
});
