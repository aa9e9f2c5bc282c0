// The words of every finding, Vietnamese first, English second; findings themselves are data.
import { registerMessages } from "../i18n";

export const FINDING_MESSAGES = {
  vi: {
    "header-not-found": "Không tìm thấy bảng chỉ số: cần một dòng tiêu đề có cột \"Chỉ số\" và các cột như \"Cơ quan chủ trì\", \"Năm 2026\"",
    "indicator-unknown": "Không nhận ra chỉ số '{text}'",
    "code-name-mismatch": "Mã {code} là chỉ số \"{codeName}\", nhưng tên ghi là \"{text}\" (giống chỉ số {nameCode} hơn)",
    "name-not-code": "Tên \"{text}\" không khớp chỉ số {code} (\"{codeName}\") hay chỉ số nào trong bộ",
    "code-unknown": "Mã {code} không có trong bộ {edition}; theo tên, đây là chỉ số {nameCode}",
    "indicator-duplicate": "Chỉ số {code} xuất hiện lần nữa (đã có ở dòng {firstRow})",
    "indicator-missing": "Thiếu chỉ số {code} \"{name}\"",
    "group-count-mismatch": "Nhóm ghi ({declared}) chỉ tiêu nhưng có {count} dòng",
    "pillar-misplaced": "Chỉ số {code} thuộc trụ cột {pillar} nhưng nằm dưới tiêu đề trụ cột {heading}",
    "pillar-name-mismatch": "Tiêu đề trụ cột {n} ghi \"{stated}\", đúng tên là \"{expected}\"",
    "lead-missing": "Chỉ số {code} chưa có cơ quan chủ trì",
    "lead-multiple": "Chỉ số {code} có {count} cơ quan chủ trì ({leads}); mỗi chỉ tiêu chỉ nên có một cơ quan chủ trì chịu trách nhiệm chính",
    "lead-collective": "Cơ quan chủ trì của chỉ số {code} là một tập thể (\"{lead}\"), không có cơ quan cụ thể chịu trách nhiệm",
    "lead-also-coordinator": "\"{agency}\" vừa chủ trì vừa phối hợp chỉ số {code}",
    "target-missing": "Chỉ số {code} chưa có mục tiêu năm {year}",
    "target-qualitative": "Mục tiêu năm {year} của chỉ số {code} là định tính (\"{target}\"), không quy ra điểm được",
    "target-unit-mismatch": "Mục tiêu năm {year} của chỉ số {code} (\"{target}\") không cùng đơn vị với cách tính điểm",
    "target-over-100": "Mục tiêu năm {year} của chỉ số {code} vượt 100% (\"{target}\")",
    "target-regression": "Mục tiêu năm {year} của chỉ số {code} (\"{target}\") thấp hơn mục tiêu năm {prevYear} (\"{prevTarget}\")",
    "target-below-full-points":
      "Mục tiêu năm {year} của chỉ số {code} (\"{target}\") thấp hơn ngưỡng đạt điểm tối đa ({threshold}); nếu chỉ đạt đúng mục tiêu sẽ mất {forgone} điểm",
    "target-below-full-points-unpublished":
      "Mục tiêu năm {year} của chỉ số {code} (\"{target}\") thấp hơn ngưỡng đạt điểm tối đa ({threshold}); mất {share} số điểm tối đa (điểm tối đa chưa công bố)",
    "basis-missing": "Chỉ số {code} chưa ghi căn cứ thực hiện",
    "tasks-missing": "Chỉ số {code} chưa ghi nhiệm vụ thực hiện",
    "max-mismatch": "Điểm tối đa ghi {stated} khác điểm tối đa {max} của {what} trong bộ {edition}",
    "target-points-over-max": "Điểm mục tiêu \"{text}\" của chỉ số {code} vượt điểm tối đa {max} (bộ {edition})",
    "target-points-scale": "Điểm mục tiêu \"{text}\" của chỉ số {code} tính trên thang {scale} điểm, cao hơn điểm tối đa {max} của bộ {edition} (thang điểm cũ?)",
    "total-mismatch": "Tổng ghi {stated} nhưng cộng các dòng được {sum}",
    "target-plan-mismatch": "Mục tiêu năm {year} của chỉ số {code} trong phụ lục là \"{target}\", nhưng kế hoạch ghi {plan}: \"{sentence}\"",
    "total-mismatch-grand": "Tổng điểm ghi {stated} nhưng cộng các chỉ số được {sum} (cộng các trụ cột được {pillarsSum})",
  },
  en: {
    "header-not-found": "No indicator table found: a header row needs an \"Indicator\" (Chỉ số) column and columns such as \"Lead agency\", \"2026\"",
    "indicator-unknown": "Indicator '{text}' is not recognised",
    "code-name-mismatch": "Code {code} is \"{codeName}\", but the name reads \"{text}\" (closer to indicator {nameCode})",
    "name-not-code": "The name \"{text}\" fits neither indicator {code} (\"{codeName}\") nor any other",
    "code-unknown": "Code {code} is not in {edition}; by its name this is indicator {nameCode}",
    "indicator-duplicate": "Indicator {code} appears again (first at row {firstRow})",
    "indicator-missing": "Indicator {code} \"{name}\" is missing",
    "group-count-mismatch": "The group declares ({declared}) indicators but has {count} rows",
    "pillar-misplaced": "Indicator {code} belongs to pillar {pillar} but sits under the heading of pillar {heading}",
    "pillar-name-mismatch": "Pillar {n} heading reads \"{stated}\"; its name is \"{expected}\"",
    "lead-missing": "Indicator {code} has no lead agency",
    "lead-multiple": "Indicator {code} has {count} lead agencies ({leads}); each indicator should have one accountable lead",
    "lead-collective": "The lead of indicator {code} is a collective (\"{lead}\"), not one accountable agency",
    "lead-also-coordinator": "\"{agency}\" both leads and coordinates indicator {code}",
    "target-missing": "Indicator {code} has no target for {year}",
    "target-qualitative": "The {year} target of indicator {code} is qualitative (\"{target}\") and earns no computable points",
    "target-unit-mismatch": "The {year} target of indicator {code} (\"{target}\") is not in the unit the indicator is scored in",
    "target-over-100": "The {year} target of indicator {code} is above 100% (\"{target}\")",
    "target-regression": "The {year} target of indicator {code} (\"{target}\") is below the {prevYear} target (\"{prevTarget}\")",
    "target-below-full-points":
      "The {year} target of indicator {code} (\"{target}\") is below the full-points threshold ({threshold}); meeting it exactly forgoes {forgone} points",
    "target-below-full-points-unpublished":
      "The {year} target of indicator {code} (\"{target}\") is below the full-points threshold ({threshold}); it forgoes {share} of the maximum (maximum not published)",
    "basis-missing": "Indicator {code} has no legal basis",
    "tasks-missing": "Indicator {code} has no tasks",
    "max-mismatch": "The stated maximum {stated} differs from the maximum {max} of {what} in {edition}",
    "target-points-over-max": "Target points \"{text}\" of indicator {code} exceed the maximum {max} ({edition})",
    "target-points-scale": "Target points \"{text}\" of indicator {code} are on a {scale}-point scale, above the maximum {max} in {edition} (the old scale?)",
    "total-mismatch": "The stated total is {stated} but the rows add up to {sum}",
    "target-plan-mismatch": "The appendix's {year} target for indicator {code} is \"{target}\", but the plan says {plan}: \"{sentence}\"",
    "total-mismatch-grand": "The stated grand total is {stated} but the indicators add up to {sum} (the pillars to {pillarsSum})",
  },
} as const;

registerMessages("vi", FINDING_MESSAGES.vi);
registerMessages("en", FINDING_MESSAGES.en);
