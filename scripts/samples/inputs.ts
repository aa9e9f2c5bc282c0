// An input table as a provincial officer keeps it: one row per draft-2025 indicator with inputs a, b, c, d.

export const INPUT_TITLE = ["BẢNG SỐ LIỆU TỰ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) NĂM 2026", "(Số liệu tổng hợp đến ngày 20/11/2026)"];
export const INPUT_HEADER = ["STT", "Chỉ số", "a", "b", "c", "d", "Điểm"];

/** [code or pillar number, name, a, b, c, d]. */
export const INPUT_ROWS: (string | number | boolean | null)[][] = [
  [1, "Hạ tầng và nền tảng số"],
  ["1.1", "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s", 412500, 780000],
  ["1.2", "Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số", 3050000, 3200000],
  ["1.3", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", 760000, 842000],
  ["1.4", "Triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", "Có", "Không"],
  ["1.5", "Mức độ triển khai các nền tảng số dùng chung", 5, 6],
  ["1.6", "Mức độ ứng dụng AI", "x", "x", null],
  [2, "Nhân lực số"],
  ["2.1", "Sở, ban, ngành, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị", 118, 118],
  ["2.2", "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số", 310, 1240, 4100, 12900],
  ["2.3", "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số", 12850, 17000],
  ["2.4", "Số lượng người dân được phổ cập kỹ năng số", "1.850.000", "2.460.000"],
  [3, "An toàn thông tin, an ninh mạng"],
  ["3.1", "Tỷ lệ hệ thống thông tin được xác định và phê duyệt hồ sơ đề xuất bảo đảm an ninh mạng theo cấp độ", 142, 150],
  ["3.2", "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an ninh mạng định kỳ", 96, 150],
  [4, "Hoạt động chính quyền số"],
  ["4.1", "Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định", true, true, false, true],
  ["4.2", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại tỉnh, thành phố", 38, 45],
  ["4.3", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", 512000, 690000],
  ["4.4", "Tỷ lệ hồ sơ trực tuyến toàn trình", 1450000, 520000],
  ["4.5", "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", 84000, 79500, 6200, 5950],
  ["4.6", "Tổng chi Ngân sách nhà nước cho chính quyền số", "312,5", "184,2", "58.400"],
  [5, "Hoạt động kinh tế số"],
  ["5.1", "Tỷ trọng kinh tế số trong GRDP", "98.500", "512.000"],
  ["5.2", "Tỷ lệ doanh nghiệp công nghệ số/1000 dân", 1150, "3.200"],
  ["5.3", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", "21.400", "186.000"],
  ["5.4", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", 18400, 26500],
  [6, "Hoạt động xã hội số"],
  ["6.1", "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử", 2310000, 2580000],
  ["6.2", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trực tuyến tại ngân hàng hoặc tổ chức được phép khác", 2120000, 2490000],
  ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", 890000, 2580000],
  ["6.4", "Tỷ lệ người dân có Sổ sức khỏe điện tử", 2950000, 3200000],
  ["6.5", "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông", 2240000, 3200000],
];
