// The DTI indicators as data: names and variants, rules, and what inputs a, b, c, d mean.
import type { Edition, Indicator, Pillar } from "./types";

export const PILLARS: readonly Pillar[] = [
  { n: 1, vi: "Hạ tầng và nền tảng số", en: "Digital infrastructure and platforms", aliases: ["Hạ tầng số, nền tảng số", "Hạ tầng, nền tảng số"] },
  { n: 2, vi: "Nhân lực số", en: "Digital workforce", aliases: [] },
  { n: 3, vi: "An toàn thông tin, an ninh mạng", en: "Information security and cybersecurity", aliases: ["An toàn thông tin mạng", "An toàn thông tin", "An toàn, an ninh mạng"] },
  { n: 4, vi: "Hoạt động chính quyền số", en: "Digital government", aliases: ["Chính quyền số"] },
  { n: 5, vi: "Hoạt động kinh tế số", en: "Digital economy", aliases: ["Kinh tế số"] },
  { n: 6, vi: "Hoạt động xã hội số", en: "Digital society", aliases: ["Xã hội số"] },
];

const share = (num: ("a" | "b" | "c" | "d")[], den: ("a" | "b" | "c" | "d")[], pairs?: [("a" | "b" | "c" | "d"), ("a" | "b" | "c" | "d")][]) =>
  ({ num, den, share: true, ...(pairs ? { pairs } : {}) }) as const;
const AB = share(["a"], ["b"]);

export const INDICATORS: readonly Indicator[] = [
  {
    key: "fixed-broadband-1gbps", pillar: 1,
    keywords: ["băng rộng cố định", "1Gb/s"],
    names: { "draft-2025": "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s" },
    en: "Share of users able to access fixed broadband above 1 Gb/s",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người sử dụng có khả năng truy nhập băng rộng cố định tốc độ trên 1Gb/s", en: "Users able to access fixed broadband above 1 Gb/s" },
      { letter: "b", vi: "Tổng số người sử dụng truy nhập băng rộng cố định", en: "All fixed-broadband users" },
    ],
  },
  {
    key: "5g-coverage", pillar: 1,
    keywords: ["phủ sóng 5G", "di động băng rộng 5G"],
    names: { "draft-2025": "Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số" },
    en: "5G mobile broadband population coverage",
    aliases: [], rule: { kind: "threshold", t: 0.99 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người dân được phủ sóng 5G", en: "People covered by 5G" },
      { letter: "b", vi: "Tổng dân số của tỉnh, thành phố", en: "Population" },
    ],
  },
  {
    key: "fiber-households", pillar: 1,
    keywords: ["hộ gia đình có kết nối Internet", "băng rộng cáp quang"],
    names: { "draft-2025": "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang" },
    en: "Share of households with fibre broadband Internet",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số hộ gia đình có truy cập Internet", en: "Households with Internet access" },
      { letter: "b", vi: "Tổng số hộ gia đình", en: "All households" },
    ],
  },
  {
    key: "cloud-data-center", pillar: 1,
    keywords: ["trung tâm dữ liệu", "điện toán đám mây"],
    names: { "draft-2025": "Triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây" },
    en: "Data centre for digital transformation using cloud computing",
    aliases: ["Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây"],
    rule: { kind: "checklist", weights: [0.5, 0.5] }, ratio: null,
    inputs: [
      { letter: "a", vi: "Đã tái cấu trúc hạ tầng CNTT, chuyển các hệ thống thông tin của cơ quan nhà nước lên điện toán đám mây (Có/Không)", en: "IT infrastructure restructured and state systems moved to cloud (yes/no)" },
      { letter: "b", vi: "Các ứng dụng, dịch vụ được phát triển, vận hành trên điện toán đám mây (Có/Không)", en: "Applications and services developed and run on cloud (yes/no)" },
    ],
  },
  {
    key: "shared-platforms", pillar: 1,
    keywords: ["nền tảng số dùng chung"],
    names: { "draft-2025": "Mức độ triển khai các nền tảng số dùng chung" },
    en: "Deployment of shared digital platforms",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số nền tảng số dùng chung đã triển khai, sử dụng", en: "Shared platforms deployed" },
      { letter: "b", vi: "Số nền tảng số tối thiểu theo danh mục yêu cầu (dự thảo nêu 6; Đồng Nai tính 9 theo hướng dẫn của Bộ)", en: "Platforms required by the list (6 in the draft; Đồng Nai counts 9)" },
    ],
  },
  {
    key: "ai-adoption", pillar: 1,
    keywords: ["ứng dụng AI", "trí tuệ nhân tạo"],
    names: { "draft-2025": "Mức độ ứng dụng AI" },
    en: "Use of artificial intelligence",
    aliases: ["Mức độ ứng dụng trí tuệ nhân tạo"], rule: { kind: "checklist", weights: [0.5, 0.25, 0.25] }, ratio: null,
    inputs: [
      { letter: "a", vi: "Có ứng dụng AI phục vụ cán bộ, công chức, viên chức (Có/Không)", en: "AI serving civil servants (yes/no)" },
      { letter: "b", vi: "Có ứng dụng AI phục vụ người dân, doanh nghiệp (Có/Không)", en: "AI serving people and businesses (yes/no)" },
      { letter: "c", vi: "Có ứng dụng AI nâng cao khác (Có/Không)", en: "Other advanced AI (yes/no)" },
    ],
  },
  {
    key: "dt-focal-units", pillar: 2,
    keywords: ["đầu mối thực hiện nhiệm vụ chuyển đổi số", "bộ phận/đầu mối"],
    names: { "draft-2025": "Sở, ban, ngành, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị" },
    en: "Departments and communes with a digital-transformation unit or focal point",
    aliases: [
      "Các cơ quan, đơn vị, các ngành xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị",
      "Sở, ban, ngành, huyện, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị",
    ],
    rule: { kind: "all-or-nothing" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số sở, ban, ngành, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số", en: "Units with a digital-transformation unit or focal point" },
      { letter: "b", vi: "Tổng số sở, ban, ngành, xã", en: "All departments and communes" },
    ],
  },
  {
    key: "dt-dedicated-staff", pillar: 2,
    keywords: ["chuyên trách về chuyển đổi số", "phụ trách về chuyển đổi số"],
    names: { "draft-2025": "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số" },
    en: "Share of civil servants dedicated to digital transformation",
    aliases: ["Tỷ lệ công chức, viên chức phụ trách về chuyển đổi số trong cơ quan, đơn vị xã"],
    rule: { kind: "threshold", t: 0.1 }, ratio: share(["a", "b"], ["c", "d"], [["a", "c"], ["b", "d"]]),
    inputs: [
      { letter: "a", vi: "Số công chức chuyên trách về chuyển đổi số", en: "Dedicated digital-transformation công chức" },
      { letter: "b", vi: "Số viên chức chuyên trách về chuyển đổi số", en: "Dedicated digital-transformation viên chức" },
      { letter: "c", vi: "Tổng số công chức", en: "All công chức" },
      { letter: "d", vi: "Tổng số viên chức", en: "All viên chức" },
    ],
  },
  {
    key: "dt-trained-staff", pillar: 2,
    keywords: ["bồi dưỡng, tập huấn về chuyển đổi số"],
    names: { "draft-2025": "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số" },
    en: "Share of civil servants trained in digital transformation",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số", en: "Trained civil servants" },
      { letter: "b", vi: "Tổng số công chức, viên chức", en: "All civil servants" },
    ],
  },
  {
    key: "digital-skills-people", pillar: 2,
    keywords: ["phổ cập kỹ năng số"],
    names: { "draft-2025": "Số lượng người dân được phổ cập kỹ năng số" },
    en: "People reached with basic digital skills",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người dân được phổ cập kỹ năng số (trực tuyến và trực tiếp)", en: "People reached with basic digital skills (online and in person)" },
      { letter: "b", vi: "Tổng dân số từ 15 tuổi trở lên", en: "Population aged 15 and over" },
    ],
  },
  {
    key: "security-level-approval", pillar: 3,
    keywords: ["phê duyệt cấp độ", "phê duyệt hồ sơ đề xuất"],
    names: {
      "draft-2025": "Tỷ lệ hệ thống thông tin được xác định và phê duyệt hồ sơ đề xuất bảo đảm an ninh mạng theo cấp độ",
      "qd405-29": "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn thông tin, an ninh mạng",
    },
    en: "Share of information systems with an approved security-level dossier",
    aliases: [
      "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn thông tin và an ninh mạng, an ninh mạng",
      "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn",
    ],
    rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số hệ thống thông tin được xác định và phê duyệt hồ sơ đề xuất cấp độ", en: "Systems whose security-level dossier is approved" },
      { letter: "b", vi: "Tổng số hệ thống thông tin", en: "All information systems" },
    ],
  },
  {
    key: "security-plan-deployment", pillar: 3,
    keywords: ["triển khai đầy đủ phương án"],
    names: { "qd405-29": "Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin, an ninh mạng theo cấp độ đã được phê duyệt" },
    en: "Share of information systems fully deploying their approved security plan",
    aliases: ["Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin và an ninh mạng, an ninh mạng theo cấp độ đã được phê duyệt"],
    rule: null, ratio: null, inputs: [],
  },
  {
    key: "security-inspection", pillar: 3,
    keywords: ["kiểm tra, đánh giá an toàn thông tin", "kiểm tra, đánh giá an ninh mạng", "kiểm tra, đánh giá mức độ bảo đảm"],
    names: {
      "draft-2025": "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an ninh mạng định kỳ",
      "qd405-29": "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ bảo đảm an toàn thông tin, an ninh mạng định kỳ",
    },
    en: "Share of information systems inspected periodically",
    aliases: ["Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ bảo đảm an toàn thông tin và an ninh mạng, an ninh mạng định kỳ"],
    rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số hệ thống thông tin được kiểm tra, đánh giá an ninh mạng định kỳ", en: "Systems inspected periodically" },
      { letter: "b", vi: "Tổng số hệ thống thông tin", en: "All information systems" },
    ],
  },
  {
    key: "portal-compliance", pillar: 4,
    keywords: ["cổng thông tin điện tử đáp ứng"],
    names: { "draft-2025": "Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định" },
    en: "Government portal meets the functional and technical requirements",
    aliases: [], rule: { kind: "checklist", weights: [0.25, 0.25, 0.25, 0.25] }, ratio: null,
    inputs: [
      { letter: "a", vi: "Cổng thông tin điện tử có gắn nhãn xác nhận đã kết nối Hệ thống EMC (Có/Không)", en: "Portal shows the EMC-connected label (yes/no)" },
      { letter: "b", vi: "Trang thông tin điện tử thành phần có gắn nhãn EMC (Có/Không)", en: "Member sites show the EMC label (yes/no)" },
      { letter: "c", vi: "Trang chủ cổng có đường dẫn đến các trang thành phần (Có/Không)", en: "Portal home page links to member sites (yes/no)" },
      { letter: "d", vi: "Trang thành phần có đường dẫn về cổng thông tin điện tử (Có/Không)", en: "Member sites link back to the portal (yes/no)" },
    ],
  },
  {
    key: "ndxp-data-services", pillar: 4,
    keywords: ["NDXP", "chia sẻ dữ liệu quốc gia"],
    names: {
      "draft-2025": "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại tỉnh, thành phố",
      "qd405-29": "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại địa phương",
    },
    en: "Share of NDXP data services in official use",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số dịch vụ dữ liệu trên NDXP được đưa vào sử dụng chính thức", en: "NDXP data services in official use" },
      { letter: "b", vi: "Tổng số dịch vụ dữ liệu có trên NDXP", en: "All NDXP data services" },
    ],
  },
  {
    key: "full-online-services", pillar: 4,
    keywords: ["dịch vụ công trực tuyến toàn trình"],
    names: { "qd405-29": "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện" },
    en: "Share of eligible procedures offered as fully online public services",
    aliases: ["Tỷ lệ dịch vụ công trực tuyến toàn trình"],
    rule: null, ratio: null, inputs: [],
  },
  {
    key: "online-service-usage", pillar: 4,
    keywords: ["sử dụng dịch vụ công trực tuyến"],
    names: { "draft-2025": "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp" },
    en: "Use of online public services by people and businesses",
    aliases: [], rule: { kind: "threshold", t: 0.8 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người dân, doanh nghiệp nộp hồ sơ trực tuyến thành công trong năm", en: "People and businesses who filed online successfully in the year" },
      { letter: "b", vi: "Tổng số người dân, doanh nghiệp nộp hồ sơ (trực tuyến và không trực tuyến) trong năm", en: "All who filed (online and not) in the year" },
    ],
    note: {
      vi: "Hướng dẫn ghi \"Tỷ lệ = b/a\", nhưng với định nghĩa a, b của chính hướng dẫn thì b/a luôn ≥ 100%: lỗi chép. DTI Sheets tính a/b.",
      en: "The guidance writes \"ratio = b/a\", which with its own definitions is always ≥ 100 %: a transcription slip. DTI Sheets computes a/b.",
    },
  },
  {
    key: "full-online-dossiers", pillar: 4,
    keywords: ["hồ sơ trực tuyến toàn trình"],
    names: { "draft-2025": "Tỷ lệ hồ sơ trực tuyến toàn trình" },
    en: "Share of fully online dossiers",
    aliases: [], rule: { kind: "threshold", t: 0.8 }, ratio: share(["b"], ["a"]),
    inputs: [
      { letter: "a", vi: "Tổng số hồ sơ giải quyết thủ tục hành chính trong năm", en: "All administrative dossiers of the year" },
      { letter: "b", vi: "Số hồ sơ trực tuyến toàn trình", en: "Fully online dossiers" },
    ],
    note: { vi: "Tỷ lệ = b/a (a là tổng số hồ sơ, b là số hồ sơ trực tuyến toàn trình).", en: "Ratio = b/a (a is all dossiers, b the fully online ones)." },
  },
  {
    key: "online-service-satisfaction", pillar: 4,
    keywords: ["hài lòng"],
    names: {
      "draft-2025": "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến",
      "qd405-29": "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công",
    },
    en: "Share of people and businesses satisfied with online public services",
    aliases: [],
    rule: { kind: "threshold", t: 0.95, byYear: [{ from: 2028, to: 2030, t: 0.99 }] },
    ratio: share(["b", "d"], ["a", "c"], [["b", "a"], ["d", "c"]]),
    inputs: [
      { letter: "a", vi: "Số người dân tham gia đánh giá mức độ hài lòng", en: "People who rated" },
      { letter: "b", vi: "Số người dân đánh giá hài lòng", en: "People satisfied" },
      { letter: "c", vi: "Số doanh nghiệp tham gia đánh giá mức độ hài lòng", en: "Businesses who rated" },
      { letter: "d", vi: "Số doanh nghiệp đánh giá hài lòng", en: "Businesses satisfied" },
    ],
    note: {
      vi: "Hướng dẫn không ghi tỷ lệ; (b+d)/(a+c) là cách đọc duy nhất khớp ngưỡng 95% (2025-2027) và 99% (2028-2030).",
      en: "The guidance states no ratio; (b+d)/(a+c) is the only reading consistent with the 95 % (2025-2027) and 99 % (2028-2030) thresholds.",
    },
  },
  {
    key: "digital-government-budget", pillar: 4,
    keywords: ["ngân sách nhà nước cho chính quyền số", "chi cho chính quyền số"],
    names: { "draft-2025": "Tổng chi Ngân sách nhà nước cho chính quyền số" },
    en: "State budget spending on digital government",
    aliases: [], rule: { kind: "threshold", t: 0.01 }, ratio: share(["a", "b"], ["c"]),
    inputs: [
      { letter: "a", vi: "Kinh phí đầu tư từ ngân sách nhà nước cho chính quyền số (tỷ đồng)", en: "State investment in digital government (bn VND)" },
      { letter: "b", vi: "Kinh phí chi thường xuyên cho chính quyền số (tỷ đồng)", en: "Recurrent spending on digital government (bn VND)" },
      { letter: "c", vi: "Tổng chi ngân sách nhà nước (tỷ đồng)", en: "Total state budget spending (bn VND)" },
    ],
  },
  {
    key: "digital-economy-grdp", pillar: 5,
    keywords: ["kinh tế số trong GRDP", "kinh tế số vào GRDP"],
    names: { "draft-2025": "Tỷ trọng kinh tế số trong GRDP" },
    en: "Digital economy share of GRDP",
    aliases: [], rule: { kind: "threshold", t: 0.3 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Giá trị tăng thêm của kinh tế số (tỷ đồng)", en: "Digital economy value added (bn VND)" },
      { letter: "b", vi: "Giá trị GRDP của địa bàn (tỷ đồng)", en: "GRDP (bn VND)" },
    ],
  },
  {
    key: "digital-tech-enterprises", pillar: 5,
    keywords: ["doanh nghiệp công nghệ số"],
    names: { "draft-2025": "Tỷ lệ doanh nghiệp công nghệ số/1000 dân" },
    en: "Digital-technology enterprises per 1000 people",
    aliases: ["Tỷ lệ doanh nghiệp công nghệ số/1.000 dân", "Tỷ lệ doanh nghiệp công nghệ số trên 1000 dân"],
    rule: { kind: "rate-threshold", t: 1 }, ratio: { num: ["a"], den: ["b"], share: false },
    inputs: [
      { letter: "a", vi: "Số doanh nghiệp công nghệ số đang hoạt động, có phát sinh doanh thu", en: "Active digital-technology enterprises with revenue" },
      { letter: "b", vi: "Dân số trên địa bàn (nghìn người)", en: "Population (thousands)" },
    ],
  },
  {
    key: "ecommerce-retail-share", pillar: 5,
    keywords: ["thương mại điện tử"],
    names: { "draft-2025": "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ" },
    en: "E-commerce share of retail sales",
    aliases: ["Tỷ trọng thương mại điện tử tổng mức bán lẻ trong"], rule: { kind: "threshold", t: 0.2 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Tổng doanh thu thương mại điện tử (tỷ đồng)", en: "E-commerce revenue (bn VND)" },
      { letter: "b", vi: "Tổng mức bán lẻ (tỷ đồng)", en: "Total retail sales (bn VND)" },
    ],
  },
  {
    key: "e-contract-enterprises", pillar: 5,
    keywords: ["hợp đồng điện tử"],
    names: { "draft-2025": "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử" },
    en: "Share of enterprises using e-contracts",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số doanh nghiệp sử dụng hợp đồng điện tử", en: "Enterprises using e-contracts" },
      { letter: "b", vi: "Tổng số doanh nghiệp", en: "All enterprises" },
    ],
  },
  {
    key: "electronic-identity", pillar: 6,
    keywords: ["danh tính điện tử", "định danh điện tử"],
    names: { "draft-2025": "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử" },
    en: "Share of people 14+ with a usable electronic identity",
    aliases: [], rule: { kind: "proportional" }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Dân số từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2", en: "People 14+ with a level-2 e-ID" },
      { letter: "b", vi: "Dân số trung bình từ 14 tuổi trở lên", en: "Average population 14+" },
    ],
  },
  {
    key: "online-payment-accounts", pillar: 6,
    keywords: ["tài khoản thanh toán", "tài khoản giao dịch"],
    names: { "draft-2025": "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trực tuyến tại ngân hàng hoặc tổ chức được phép khác" },
    en: "Share of people 15+ with an online payment account",
    aliases: [], rule: { kind: "threshold", t: 0.95 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người từ 15 tuổi trở lên có tài khoản giao dịch đang hoạt động", en: "People 15+ with an active account" },
      { letter: "b", vi: "Dân số trung bình từ 15 tuổi trở lên", en: "Average population 15+" },
    ],
  },
  {
    key: "digital-signatures", pillar: 6,
    keywords: ["chữ ký số", "chữ ký điện tử", "chứng thư số"],
    names: { "draft-2025": "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân" },
    en: "Share of adults with a personal digital or electronic signature",
    aliases: [], rule: { kind: "threshold", t: 0.7 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số chứng thư số cá nhân còn hiệu lực đã cấp (lũy kế)", en: "Valid personal digital certificates issued (cumulative)" },
      { letter: "b", vi: "Dân số trung bình từ 14 tuổi trở lên", en: "Average population 14+" },
    ],
  },
  {
    key: "e-health-records", pillar: 6,
    keywords: ["sổ sức khỏe điện tử", "hồ sơ sức khỏe điện tử"],
    names: { "draft-2025": "Tỷ lệ người dân có Sổ sức khỏe điện tử" },
    en: "Share of people with an electronic health book",
    aliases: ["Tỷ lệ người dân có sổ sức khoẻ điện tử"], rule: { kind: "threshold", t: 0.95 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người có Sổ sức khỏe điện tử", en: "People with an e-health book" },
      { letter: "b", vi: "Dân số trung bình", en: "Average population" },
    ],
  },
  {
    key: "ict-skills-people", pillar: 6,
    keywords: ["kỹ năng về công nghệ thông tin", "kỹ năng công nghệ thông tin"],
    names: { "draft-2025": "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông" },
    en: "Share of people with basic ICT skills",
    aliases: [], rule: { kind: "threshold", t: 0.8 }, ratio: AB,
    inputs: [
      { letter: "a", vi: "Số người biết kỹ năng công nghệ thông tin và truyền thông cơ bản", en: "People with basic ICT skills" },
      { letter: "b", vi: "Dân số trung bình", en: "Average population" },
    ],
  },
];

const PILLAR_MAXIMA = { 1: 200, 2: 100, 3: 100, 4: 200, 5: 200, 6: 200 } as const;

const DRAFT_CODES: [string, string][] = [
  ["1.1", "fixed-broadband-1gbps"], ["1.2", "5g-coverage"], ["1.3", "fiber-households"],
  ["1.4", "cloud-data-center"], ["1.5", "shared-platforms"], ["1.6", "ai-adoption"],
  ["2.1", "dt-focal-units"], ["2.2", "dt-dedicated-staff"], ["2.3", "dt-trained-staff"], ["2.4", "digital-skills-people"],
  ["3.1", "security-level-approval"], ["3.2", "security-inspection"],
  ["4.1", "portal-compliance"], ["4.2", "ndxp-data-services"], ["4.3", "online-service-usage"],
  ["4.4", "full-online-dossiers"], ["4.5", "online-service-satisfaction"], ["4.6", "digital-government-budget"],
  ["5.1", "digital-economy-grdp"], ["5.2", "digital-tech-enterprises"], ["5.3", "ecommerce-retail-share"], ["5.4", "e-contract-enterprises"],
  ["6.1", "electronic-identity"], ["6.2", "online-payment-accounts"], ["6.3", "digital-signatures"],
  ["6.4", "e-health-records"], ["6.5", "ict-skills-people"],
];

const DRAFT_MAXIMA: Record<string, number> = {
  "fixed-broadband-1gbps": 20, "5g-coverage": 20, "fiber-households": 20, "cloud-data-center": 20,
  "shared-platforms": 80, "ai-adoption": 40,
  "dt-focal-units": 30, "dt-dedicated-staff": 30, "dt-trained-staff": 20, "digital-skills-people": 20,
  "security-level-approval": 50, "security-inspection": 50,
  "portal-compliance": 20, "ndxp-data-services": 20, "online-service-usage": 50, "full-online-dossiers": 50,
  "online-service-satisfaction": 40, "digital-government-budget": 20,
  "digital-economy-grdp": 50, "digital-tech-enterprises": 50, "ecommerce-retail-share": 50, "e-contract-enterprises": 50,
  "electronic-identity": 40, "online-payment-accounts": 40, "digital-signatures": 40, "e-health-records": 40, "ict-skills-people": 40,
};

const QD405_CODES: [string, string][] = [
  ...DRAFT_CODES.filter(([c]) => c.startsWith("1.") || c.startsWith("2.")),
  ["3.1", "security-level-approval"], ["3.2", "security-plan-deployment"], ["3.3", "security-inspection"],
  ["4.1", "portal-compliance"], ["4.2", "ndxp-data-services"], ["4.3", "full-online-services"],
  ["4.4", "online-service-usage"], ["4.5", "full-online-dossiers"], ["4.6", "online-service-satisfaction"],
  ["4.7", "digital-government-budget"],
  ...DRAFT_CODES.filter(([c]) => c.startsWith("5.") || c.startsWith("6.")),
];

// Per-indicator maxima are published only where a pillar's indicators are the same as the draft's.
const QD405_MAXIMA: Record<string, number> = Object.fromEntries(
  DRAFT_CODES.filter(([c]) => /^[1256]\./.test(c)).map(([, k]) => [k, DRAFT_MAXIMA[k]]),
);

export const EDITIONS: readonly Edition[] = [
  {
    id: "draft-2025",
    vi: "Dự thảo Bộ chỉ số DTI cấp tỉnh (văn bản 3530/CĐSQG-DVS, 17/12/2025), 27 chỉ số",
    en: "Draft provincial DTI framework (letter 3530/CĐSQG-DVS, 17 Dec 2025), 27 indicators",
    codes: DRAFT_CODES, maxima: DRAFT_MAXIMA, pillarMaxima: PILLAR_MAXIMA,
  },
  {
    id: "qd405-29",
    vi: "Cấu trúc 29 chỉ số theo QĐ 405/QĐ-BKHCN (kế hoạch DTI 2026-2030 của Đồng Nai)",
    en: "29-indicator structure citing QĐ 405/QĐ-BKHCN (Đồng Nai 2026-2030 plan)",
    codes: QD405_CODES, maxima: QD405_MAXIMA, pillarMaxima: PILLAR_MAXIMA,
  },
];

export const DEFAULT_EDITION = "draft-2025" as const;
