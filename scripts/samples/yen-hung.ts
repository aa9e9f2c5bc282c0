// Seed 002 (Yên Hùng commune, 2025 plan): its closing list of 13 commitments, with results typed the ways officers type them.
export const YEN_HUNG_TITLE = ["ỦY BAN NHÂN DÂN XÃ YÊN HÙNG", "CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025", "(Kèm theo Kế hoạch chuyển đổi số năm 2025 của UBND xã Yên Hùng)"];
export const YEN_HUNG_HEADER = ["TT", "Chỉ tiêu", "Kết quả đạt được"];

/** [TT, commitment as the plan words it, result as typed: text, a number, a formula, or blank]. */
export const YEN_HUNG_ROWS: [number, string, string | number | { formula: string; result: number } | null][] = [
  [1, "Cung cấp dịch vụ công trực tuyến toàn trình đạt 95%.", "96%"],
  [2, "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến đạt trên 80%", "85,5%"],
  [3, "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%;", 0.8],
  [4, "Tỷ lệ người dân trong độ tuổi lao động được thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản đạt trên 80%", { formula: "2240/3200", result: 0.7 }],
  [5, "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt trên 75%", "2.450/3.000"],
  [6, "Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản đạt trên 75%", null],
  [7, "Tỷ lệ dân số trưởng thành có điện thoại thông minh trên 80%;", 81],
  [8, "Tỷ lệ người dân có hồ sơ sức khỏe điện tử, được cập nhật, bổ sung thông tin thường xuyên đạt 100%;", "100%"],
  [9, "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa đạt trên 30%", "30%"],
  [10, "Số lượng người dân có tài khoản định danh điện tử đạt 100%", "98,7%"],
  [11, "Tỷ lệ dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 50%", 0.5],
  [12, "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến 50%", null],
  [13, "Tỷ lệ hộ gia đình thanh toán tiền điện bằng phương thức thanh toán không dùng tiền mặt đạt 90% trở lên", "90%"],
];
