// Seed 003: Gia Lai's scoring table (27 indicators, draft-2025) with 2024 points, two maxima and target points.

export const GIA_LAI_TITLE = [
  "KẾ HOẠCH Nâng cao chỉ số Chuyển đổi số (DTI) của tỉnh Gia Lai",
  "II. MỤC TIÊU, CHỈ TIÊU",
];

export const GIA_LAI_HEADER = [
  "Số TT",
  "Chỉ số chính/Chỉ số thành phần",
  "Điểm năm 2024",
  "Điểm tối đa theo Quyết định số 5405/QĐ-BKHCN",
  "Điểm tối đa theo dự thảo mới Bộ KHCN (đã lấy ý kiến)",
  "Mục tiêu đạt được",
];

/** [stt, name, 2024 points, old max, draft max, target] — numbers as the document writes them. */
export const GIA_LAI_ROWS: (string | number | null)[][] = [
  ["1", "Hạ tầng và Nhân lực số", null, null, 200, 194],
  ["1.1", "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s", null, null, 20, "20/20"],
  ["1.2", "Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số", null, null, 20, "20/20"],
  ["1.3", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", 15, 30, 20, "16/20"],
  ["1.4", "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", "15,75", 30, 20, "20/30"],
  ["1.5", "Mức độ triển khai các nền tảng số dùng chung", "21,43", 30, 80, "80/80"],
  ["1.6", "Mức độ ứng dụng AI", "12,5", 20, 40, "40/40"],
  ["2", "Nhân lực số", null, null, 100, 96],
  ["2.1", "Sở, ban, ngành, huyện, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị", 10, 10, 30, "30/30"],
  ["2.2", "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số", 15, 30, 30, "30/30"],
  ["2.3", "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số", "10,68", 20, 20, "20/20"],
  ["2.4", "Số lượng người dân được phổ cập kỹ năng số", "3,46", 10, 20, "16/20"],
  ["3", "An toàn thông tin mạng", null, null, 100, 100],
  ["3.1", "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn", 20, 20, 50, "50/50"],
  ["3.2", "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an ninh mạng định kỳ", "6,25", 10, 50, "50/50"],
  ["4", "Hoạt động chính quyền số", null, null, 200, 200],
  ["4.1", "Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định", 10, 20, 20, "20/20"],
  ["4.2", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại tỉnh, thành phố", "12,5", 20, 20, "20/20"],
  ["4.3", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", 10, 10, 50, "50/50"],
  ["4.4", "Tỷ lệ dịch vụ công trực tuyến toàn trình", 20, 20, 50, "50/50"],
  ["4.5", "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", "9,49", 10, 40, "40/40"],
  ["4.6", "Tổng chi Ngân sách nhà nước cho chính quyền số", "21,32", 30, 20, "20/20"],
  ["5", "Hoạt động kinh tế số", "63,99", 150, 200, 152],
  ["5.1", "Tỷ trọng kinh tế số trong GRDP", "25,96", 50, 50, "27/50"],
  ["5.2", "Tỷ lệ doanh nghiệp công nghệ số/1000 dân", "18,04", 30, 50, "50/50"],
  ["5.3", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", null, null, 50, "50/50"],
  ["5.4", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", 0, 20, 50, "25/50"],
  ["6", "Hoạt động xã hội số", "71,22", 150, 200, 180],
  ["6.1", "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử", "38,21", 50, 40, "40/50"],
  ["6.2", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trực tuyến tại ngân hàng hoặc tổ chức được phép khác", null, null, 40, "40/40"],
  ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "6,39", 50, 40, "20/50"],
  ["6.4", "Tỷ lệ người dân có Sổ sức khỏe điện tử", null, null, 40, "40/40"],
  ["6.5", "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông", "26,63", 50, 40, "30/50"],
  ["", "Tổng điểm", null, null, 1000, 912],
];
