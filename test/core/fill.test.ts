// The fill plan: formulas per host, totals, conflicts with typed cells, undo, ratio columns.
import { describe, expect, it } from "vitest";
import { callFunction } from "../../core/functions";
import { invertPlan, isFillFailure, planFill, planFillSheets, type FillPlan } from "../../core/fill";
import type { Grid } from "../../core/grid";
import type { Raw } from "../../core/values";

function inputGrid(extra: (values: Raw[][]) => void = () => {}): Grid {
  const values: Raw[][] = [
    ["BẢNG SỐ LIỆU DTI"],
    ["STT", "Chỉ số", "a", "b", "c", "d"],
    [1, "Hạ tầng và nền tảng số"],
    ["1.2", "Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số", 985000, 1000000],
    ["1.6", "Mức độ ứng dụng AI", "x", "", "x"],
    [4, "Hoạt động chính quyền số"],
    ["4.4", "Tỷ lệ hồ sơ trực tuyến toàn trình", 1000, 700],
    ["4.5", "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", 1000, 940, 200, 190],
    [6, "Hoạt động xã hội số"],
    ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "350.000", "1.000.000"],
  ];
  extra(values);
  return { name: "Số liệu", values };
}

const plan = (g: Grid, o: Parameters<typeof planFill>[1] = {}) => {
  const p = planFill(g, o);
  if (isFillFailure(p)) throw new Error(p.error);
  return p;
};
const at = (p: FillPlan, address: string) => p.writes.find((w) => w.address === address);

describe("planFill", () => {
  it("adds a points column with live DTI.SCORE formulas, SUM pillar totals, a grand total and the DTI value", () => {
    const p = plan(inputGrid());
    expect(p.addedColumn).toBe(true);
    expect(p.pointsColumn).toBe("G");
    expect(at(p, "G2")).toMatchObject({ value: "Điểm", purpose: "header" });
    expect(at(p, "G4")).toMatchObject({ formula: '=DTI.SCORE("1.2",C4,D4)', value: 19.9 });
    expect(at(p, "G5")).toMatchObject({ formula: '=DTI.SCORE("1.6",C5,D5,E5)', value: 30 });
    expect(at(p, "G7")).toMatchObject({ formula: '=DTI.SCORE("4.4",C7,D7)', value: 43.75 });
    expect(at(p, "G8")).toMatchObject({ formula: '=DTI.SCORE("4.5",C8,D8,E8,F8)', value: 39.65 });
    expect(at(p, "G10")).toMatchObject({ formula: '=DTI.SCORE("6.3",C10,D10)', value: 20 });
    expect(at(p, "G3")).toMatchObject({ formula: "=SUM(G4:G5)", value: 49.9, purpose: "pillar-total" });
    expect(at(p, "G6")).toMatchObject({ formula: "=SUM(G7:G8)", value: 83.4 });
    expect(at(p, "G9")).toMatchObject({ formula: "=SUM(G10:G10)", value: 20 });
    expect(at(p, "B12")).toMatchObject({ value: "Tổng điểm" });
    expect(at(p, "G12")).toMatchObject({ formula: "=SUM(G3,G6,G9)", value: 153.3, purpose: "grand-total" });
    expect(at(p, "G13")).toMatchObject({ formula: "=G12/1000", value: 0.1533, purpose: "dti" });
    expect(p.conflicts).toEqual([]);
  });

  it("every planned score equals the SCORE function on the same row", () => {
    const g = inputGrid();
    const p = plan(g);
    for (const w of p.writes.filter((x) => x.purpose === "score")) {
      const row = g.values[w.row];
      expect(w.value).toBe(callFunction("SCORE", [w.code, row[2] ?? null, row[3] ?? null, row[4] ?? null, row[5] ?? null]));
    }
  });

  it("computes each value from exactly the cells its formula references", () => {
    // A stray number in column E on a two-input row: the formula ignores it, so the planned value does too.
    const p = plan(inputGrid((v) => (v[3][4] = 123)));
    expect(at(p, "G4")).toMatchObject({ formula: '=DTI.SCORE("1.2",C4,D4)', value: 19.9, error: null });
  });

  it("uses the Sheets names, the year and the edition when asked", () => {
    expect(at(plan(inputGrid(), { host: "sheets" }), "G4")!.formula).toBe('=DTI_SCORE("1.2",C4,D4)');
    expect(at(plan(inputGrid(), { year: 2028 }), "G8")).toMatchObject({ formula: '=DTI.SCORE("4.5",C8,D8,E8,F8,2028)', value: 38.05 });
    const q = plan(inputGrid(), { edition: "qd405-29" });
    expect(at(q, "G10")).toMatchObject({ formula: '=DTI.SCORE("6.3",C10,D10,,,,"qd405-29")', value: 20 });
  });

  it("values mode writes numbers only; a .xlsx keeps SUM totals but numeric points", () => {
    const v = plan(inputGrid(), { mode: "value" });
    expect(v.writes.every((w) => w.formula === null)).toBe(true);
    const x = plan(inputGrid(), { host: "xlsx" });
    expect(at(x, "G4")).toMatchObject({ formula: null, value: 19.9 });
    expect(at(x, "G3")!.formula).toBe("=SUM(G4:G5)");
  });

  it("a bad row gets its own error and the totals that depend on it say so", () => {
    const p = plan(inputGrid((v) => (v[6][2] = 0)));
    expect(at(p, "G7")).toMatchObject({ value: null, error: { code: "#DIV/0!" } });
    expect(at(p, "G6")).toMatchObject({ value: null, error: { code: "#N/A" } });
    expect(at(p, "G3")!.value).toBe(49.9);
    expect(p.total).toBeNull();
    expect(p.rows.find((r) => r.code === "4.4")!.error!.code).toBe("#DIV/0!");
  });

  it("never plans over a cell the user typed; lists it as a conflict instead, unless forced", () => {
    const g = inputGrid((v) => {
      v[1][6] = "Điểm";
      v[3][6] = "chưa có số liệu";
      v[4][6] = 30;
    });
    const p = plan(g);
    expect(p.addedColumn).toBe(false);
    // G5 holds a typed 30: a live formula would replace what the user typed, so it is asked about too.
    expect(p.conflicts.map((c) => c.address)).toEqual(["G4", "G5"]);
    expect(at(p, "G4")).toBeUndefined();
    // In values mode the typed 30 is already the right number: nothing to ask, nothing to write.
    const values = plan(g, { mode: "value" });
    expect(values.conflicts.map((c) => c.address)).toEqual(["G4"]);
    expect(at(values, "G5")).toBeUndefined();
    const forced = plan(g, { force: true });
    expect(forced.conflicts).toEqual([]);
    expect(at(forced, "G4")!.before).toEqual({ value: "chưa có số liệu", formula: null });
  });

  it("refills over its own formulas without asking", () => {
    const g = inputGrid();
    g.formulas = g.values.map(() => []);
    g.values[1][6] = "Điểm";
    g.values[3][6] = 19.9;
    g.formulas[3][6] = '=DTI.SCORE("1.2",C4,D4)';
    g.values[2][6] = 49.9;
    g.formulas[2][6] = "=SUM(G4:G5)";
    expect(plan(g).conflicts).toEqual([]);
  });

  it("inverts exactly: undo puts back every prior value and formula", () => {
    const g = inputGrid((v) => {
      v[3][6] = "chưa có số liệu";
      v[8][6] = 999;
    });
    g.formulas = g.values.map(() => []);
    g.formulas[8][6] = "=1000-1";
    const p = plan(g, { force: true });
    const undo = invertPlan(p);
    expect(undo).toHaveLength(p.writes.length);
    for (const u of undo) {
      expect(u.value).toBe(g.values[u.row]?.[u.col] ?? null);
      expect(u.formula).toBe(g.formulas[u.row]?.[u.col] ?? null);
    }
    expect(undo.find((u) => u.address === "G4")!.value).toBe("chưa có số liệu");
    expect(undo.find((u) => u.address === "G9")).toMatchObject({ value: 999, formula: "=1000-1" });
  });

  it("scores from a ratio column when there are no a, b, c, d", () => {
    const g: Grid = {
      values: [
        ["Mã", "Tên chỉ số", "Tỷ lệ", "Điểm"],
        ["4.4", "Tỷ lệ hồ sơ trực tuyến toàn trình", "70%", null],
        ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", 0.35, null],
        ["2.2", "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số", "10,5%", null],
      ],
    };
    const p = plan(g);
    expect(at(p, "D2")).toMatchObject({ formula: '=DTI.SCORE("4.4",1,C2)', value: 43.75 });
    expect(at(p, "D3")).toMatchObject({ formula: '=DTI.SCORE("6.3",C3,1)', value: 20 });
    expect(at(p, "D4")).toMatchObject({ formula: '=DTI.SCORE("2.2",C4,0,1,0)', value: 30 });
    expect(at(p, "D6")).toMatchObject({ formula: "=SUM(D2:D4)", value: 93.75 });
  });

  it("explains what it cannot do", () => {
    const noTable = planFill({ values: [["Ghi chú"]] });
    expect(isFillFailure(noTable) && noTable.error).toBe("header-not-found");
    const noInputs = planFill({ values: [["STT", "Chỉ số", "Cơ quan chủ trì"], ["1.1", "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s", "Sở KH&CN"]] });
    expect(isFillFailure(noInputs) && noInputs.error).toBe("no-inputs");
  });
});

describe("planFillSheets", () => {
  it("fills the sheet that holds the table, and explains when none does", () => {
    const notes: Grid = { name: "Ghi chú", values: [["Báo cáo tháng 11"]] };
    const chosen = planFillSheets([notes, inputGrid()]);
    expect(isFillFailure(chosen)).toBe(false);
    expect(!isFillFailure(chosen) && [chosen.index, chosen.plan.sheet]).toEqual([1, "Số liệu"]);
    const none = planFillSheets([notes]);
    expect(isFillFailure(none) && none.error).toBe("header-not-found");
    expect(isFillFailure(planFillSheets([])) ).toBe(true);
  });
});
