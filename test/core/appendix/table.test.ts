// The same tables laid out the many ways officers make them must read the same.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateAppendix, type CheckReport } from "../../../core/appendix/validate";
import type { Area, Grid } from "../../../core/grid";
import type { Raw } from "../../../core/values";
import { GROUP_1, GROUP_2, HEADER_1, HEADER_2, ROWS_1, ROWS_2 } from "../../../scripts/samples/dai-phuoc";
import { DONG_NAI_ROWS } from "../../../scripts/samples/dong-nai";
import { GIA_LAI_HEADER, GIA_LAI_ROWS } from "../../../scripts/samples/gia-lai";

// The wordings officers use for each column, and whether a layout puts the years under a merged "Mục tiêu".
const HEADERS: Record<string, string[]> = {
  stt: ["STT", "TT", "Số TT", "Mã chỉ số"],
  name: ["Chỉ số", "Tên chỉ số", "CHỈ SỐ", "Chỉ tiêu", "Nội dung chỉ số"],
  lead: ["Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan\nchủ trì", "CƠ QUAN CHỦ TRÌ"],
  coord: ["Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan\nphối hợp"],
  t2026: ["Năm 2026", "Mục tiêu 2026", "Năm\n2026", "Chỉ tiêu năm 2026"],
  t2030: ["Đến năm 2030", "Mục tiêu 2030", "Đến\nnăm\n2030", "Năm 2030"],
  basis: ["Căn cứ thực hiện", "Cơ sở pháp lý", "Căn cứ"],
  tasks: ["Nhiệm vụ thực hiện", "Giải pháp thực hiện", "Nhiệm vụ, giải pháp"],
};
const ROLES = ["stt", "name", "lead", "coord", "t2026", "t2030", "basis", "tasks"] as const;

interface Layout {
  order: number[];
  wording: number[];
  titleRows: number;
  leftCols: number;
  codesAsNumbers: boolean;
  mergedPillars: boolean;
  groupedYears: boolean;
  /** 0: none; 1: "(1) (2) …"; 2: "1 2 …" under the header. */
  columnNumbers?: number;
  romanPillars?: boolean;
  noteBelow?: boolean;
}

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI"];

function build(l: Layout): Grid {
  const values: Raw[][] = [];
  const merges: Area[] = [];
  for (let i = 0; i < l.titleRows; i++) values.push([i === 0 ? "PHỤ LỤC" : "(Kèm theo Kế hoạch của UBND tỉnh)"]);
  const pad = (row: Raw[]) => [...Array(l.leftCols).fill(null), ...row];
  // Columns in the layout's order; the two years stay side by side when grouped under "Mục tiêu".
  let order = l.order.map((i) => ROLES[i]);
  if (l.groupedYears) {
    order = order.filter((r) => r !== "t2030");
    order.splice(order.indexOf("t2026") + 1, 0, "t2030");
  }
  const header = order.map((r) => HEADERS[r][l.wording[ROLES.indexOf(r)] % HEADERS[r].length]);
  const h = values.length;
  if (l.groupedYears) {
    const y = order.indexOf("t2026");
    const top = header.map((t, i) => (i === y ? "Mục tiêu" : i === y + 1 ? null : t));
    const bottom = header.map((_, i) => (i === y ? "2026" : i === y + 1 ? "2030" : null));
    values.push(pad(top), pad(bottom));
    merges.push({ top: h, left: l.leftCols + y, bottom: h, right: l.leftCols + y + 1 });
    header.forEach((_, i) => {
      if (i !== y && i !== y + 1) merges.push({ top: h, left: l.leftCols + i, bottom: h + 1, right: l.leftCols + i });
    });
  } else values.push(pad(header));
  if (l.columnNumbers) values.push(pad(order.map((_, i) => (l.columnNumbers === 1 ? `(${i + 1})` : i + 1))));
  for (const r of DONG_NAI_ROWS) {
    if (r.length === 2 && l.romanPillars) {
      values.push(pad([`${ROMAN[r[0] as number]}. ${String(r[1]).toUpperCase()}`]));
      merges.push({ top: values.length - 1, left: l.leftCols, bottom: values.length - 1, right: l.leftCols + order.length - 1 });
      continue;
    }
    if (r.length === 2) {
      const row: Raw[] = order.map((role) => (role === "stt" ? r[0] : role === "name" ? r[1] : null));
      values.push(pad(row));
      if (l.mergedPillars) {
        const nameAt = order.indexOf("name");
        if (nameAt < order.length - 1) merges.push({ top: values.length - 1, left: l.leftCols + nameAt, bottom: values.length - 1, right: l.leftCols + order.length - 1 });
      }
      continue;
    }
    const byRole: Record<string, Raw> = { stt: l.codesAsNumbers ? Number(r[0]) : r[0], name: r[1], lead: r[2], coord: r[3], t2026: r[4], t2030: r[5], basis: r[6], tasks: r[7] };
    values.push(pad(order.map((role) => byRole[role])));
  }
  if (l.noteBelow) values.push([], pad(["Ghi chú: các chỉ tiêu tính theo hướng dẫn của Bộ Khoa học và Công nghệ."]));
  return { name: "Phụ lục", values, merges };
}

const summary = (r: CheckReport) => ({
  edition: r.edition,
  level: r.level,
  keys: r.indicators.map((i) => i.key),
  findings: r.findings.map((f) => `${f.rule}@${f.code}@${f.params.year ?? ""}`).sort(),
  projection: r.projection["2026"]?.pillars,
});

const canonical = summary(
  validateAppendix(build({ order: [0, 1, 2, 3, 4, 5, 6, 7], wording: [0, 0, 0, 0, 0, 0, 0, 0], titleRows: 2, leftCols: 0, codesAsNumbers: false, mergedPillars: true, groupedYears: false })),
);

describe("the same appendix in any layout an officer might make", () => {
  it("canonical layout: 29 indicators, the seed's defects", () => {
    expect(canonical.keys).toHaveLength(29);
    expect(canonical.findings).toContain("lead-multiple@4.1@");
    expect(canonical.projection).toEqual({ "1": 137, "2": 100, "3": null, "4": null, "5": 148.33, "6": 165.82 });
  });

  it("column order, header wording, title rows, offsets, merges, number codes, column numbers, Roman pillars and notes change nothing", () => {
    const layout = fc.record({
      // STT and the name come first in every real appendix; the rest may come in any order.
      order: fc.shuffledSubarray([2, 3, 4, 5, 6, 7], { minLength: 6, maxLength: 6 }).map((rest) => [0, 1, ...rest]),
      wording: fc.array(fc.nat(4), { minLength: 8, maxLength: 8 }),
      titleRows: fc.nat(4),
      leftCols: fc.nat(2),
      codesAsNumbers: fc.boolean(),
      mergedPillars: fc.boolean(),
      groupedYears: fc.boolean(),
      columnNumbers: fc.nat(2),
      romanPillars: fc.boolean(),
      noteBelow: fc.boolean(),
    });
    fc.assert(
      fc.property(layout, (l) => {
        expect(summary(validateAppendix(build(l)))).toEqual(canonical);
      }),
      { numRuns: 150 },
    );
  });
});



interface CommuneLayout {
  /** Declared count of group II (13 is right). */
  declared?: number;
  groupStyle: number;
  numbering: number;
  joinWrapped: boolean;
  blankBetween: boolean;
}

const GROUP_STYLES = [
  (roman: string, text: string, n: string) => `${roman}. ${text} (${n})`,
  (roman: string, text: string, n: string) => `${roman} - ${text} (${n})`,
  (roman: string, text: string, n: string) => `Nhóm ${roman}: ${text.replace(/^NHÓM /, "")} (${n})`,
  (roman: string, text: string, n: string) => `${roman}) ${text.toLowerCase()} (${n})`,
];

function buildCommune(l: CommuneLayout): Grid {
  const values: Raw[][] = [["PHỤ LỤC"], ["(kèm theo Kế hoạch của UBND xã Đại Phước)"]];
  const group = (label: string, roman: string) => {
    const m = /^[IV]+\. (.*) \((\d+)\)$/.exec(label)!;
    const n = roman === "II" && l.declared !== undefined ? String(l.declared).padStart(2, "0") : m[2];
    values.push([GROUP_STYLES[l.groupStyle](roman, m[1], n)]);
  };
  const rows = (list: string[][]) => {
    const out: Raw[][] = [];
    for (const r of list) {
      if (r[0] === "" && l.joinWrapped) {
        const prev = out[out.length - 1];
        r.forEach((v, i) => {
          if (v) prev[i] = `${prev[i] ?? ""} ${v}`.trim();
        });
        continue;
      }
      const n = Number(r[0]);
      const stt = r[0] === "" ? "" : [r[0], String(n), n, `${n}.`][l.numbering];
      out.push([stt, ...r.slice(1)]);
    }
    return out;
  };
  group(GROUP_1, "I");
  values.push(HEADER_1, ...rows(ROWS_1));
  if (l.blankBetween) values.push([]);
  group(GROUP_2, "II");
  values.push(HEADER_2, ...rows(ROWS_2));
  return { values };
}

describe("the commune appendix in other hands", () => {
  const base = summary(validateAppendix(buildCommune({ groupStyle: 0, numbering: 0, joinWrapped: false, blankBetween: true })));

  it("reads 19 indicators in two groups with their declared counts", () => {
    expect(base.level).toBe("commune");
    expect(base.keys).toHaveLength(19);
    expect(base.findings.filter((f) => f.startsWith("group-count"))).toEqual([]);
    expect(base.findings).toContain("lead-multiple@6.5@");
  });

  it("group heading styles, numbering and wrapped rows change nothing", () => {
    const layout = fc.record({ groupStyle: fc.nat(3), numbering: fc.nat(3), joinWrapped: fc.boolean(), blankBetween: fc.boolean() });
    fc.assert(
      fc.property(layout, (l) => {
        expect(summary(validateAppendix(buildCommune(l)))).toEqual(base);
        const wrong = validateAppendix(buildCommune({ ...l, declared: 12 })).findings.filter((f) => f.rule === "group-count-mismatch");
        expect(wrong.map((f) => [f.params.declared, f.params.count])).toEqual([[12, 13]]);
      }),
      { numRuns: 60 },
    );
  });
});



function buildScoring(keepOld: boolean, numbersAsText: boolean, titleRows: number): Grid {
  const cols = keepOld ? [0, 1, 2, 3, 4, 5] : [0, 1, 4, 5];
  const values: Raw[][] = Array.from({ length: titleRows }, (_, i) => [i ? "" : "KẾ HOẠCH NÂNG CAO CHỈ SỐ DTI CỦA TỈNH"]);
  values.push(cols.map((c) => GIA_LAI_HEADER[c]));
  for (const r of GIA_LAI_ROWS) {
    values.push(cols.map((c) => {
      const v = r[c];
      return numbersAsText && typeof v === "number" ? String(v).replace(".", ",") : v;
    }));
  }
  return { values };
}

describe("the scoring table in other hands", () => {
  const facts = (g: Grid) =>
    validateAppendix(g).findings.map((f) => `${f.rule}@${f.code}@${f.params.stated ?? ""}/${f.params.sum ?? ""}`).sort();
  const base = facts(buildScoring(true, false, 2));

  it("finds the same defects with or without the old columns, numbers typed as text, any title", () => {
    expect(base).toHaveLength(9);
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.nat(3), (keepOld, asText, title) => {
        expect(facts(buildScoring(keepOld, asText, title))).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });
});

/** Every cell wrapped at `width` characters, each visual line on its own row, as a PDF copy pastes it. */
function pastedFromPdf(width: number): Grid {
  const values: Raw[][] = [["PHỤ LỤC"], ["STT", "Chỉ số", "Cơ quan chủ trì", "Cơ quan phối hợp", "Năm 2026", "Đến năm 2030", "Căn cứ thực hiện", "Nhiệm vụ thực hiện"]];
  const wrap = (text: string) => {
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(" ")) {
      if (line && (line + " " + word).length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines;
  };
  for (const r of DONG_NAI_ROWS) {
    if (r.length === 2) {
      values.push([r[0], r[1]]);
      continue;
    }
    const cells = r.map((v, i) => (i === 0 ? [v] : wrap(String(v))));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) values.push(cells.map((c) => c[k] ?? null));
  }
  return { values };
}

describe("an appendix pasted from a PDF, one visual line per row", () => {
  it("reads the same indicators and findings at any line width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 60 }), (width) => {
        expect(summary(validateAppendix(pastedFromPdf(width)))).toEqual(canonical);
      }),
      { numRuns: 25 },
    );
  });
});

describe("text in decomposed Unicode (NFD), as some Mac and web exports write it", () => {
  it("reads the same", () => {
    const g = build({ order: [0, 1, 2, 3, 4, 5, 6, 7], wording: [0, 0, 0, 0, 0, 0, 0, 0], titleRows: 2, leftCols: 0, codesAsNumbers: false, mergedPillars: true, groupedYears: false });
    const nfd: Grid = { ...g, values: g.values.map((row) => row.map((v) => (typeof v === "string" ? v.normalize("NFD") : v))) };
    expect(nfd.values[3].some((v) => typeof v === "string" && v !== v.normalize("NFC"))).toBe(true);
    expect(summary(validateAppendix(nfd))).toEqual(canonical);
  });
});

describe("Roman pillar headings keep their meaning", () => {
  it("an indicator under the wrong Roman heading is misplaced; the table stays a province one", () => {
    const g = build({ order: [0, 1, 2, 3, 4, 5, 6, 7], wording: [0, 0, 0, 0, 0, 0, 0, 0], titleRows: 1, leftCols: 0, codesAsNumbers: false, mergedPillars: false, groupedYears: false, romanPillars: true });
    const at = g.values.findIndex((v) => v[0] === "II. NHÂN LỰC SỐ");
    g.values.splice(at, 1);
    g.merges = [];
    const r = validateAppendix(g);
    expect(r.level).toBe("province");
    expect(r.findings.filter((f) => f.rule === "pillar-misplaced").map((f) => f.code)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
  });
});
