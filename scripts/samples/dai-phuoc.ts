// Seed 001: Đại Phước commune appendix — two groups with their own headers, rows numbered 01.., no codes.

export const DAI_PHUOC_TITLE = [
  "PHỤ LỤC",
  "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU DTI GIAI ĐOẠN 2026-2030",
  "(kèm theo Kế hoạch số     /KH-UBND ngày    tháng    năm 2026 của UBND xã Đại Phước)",
];

export const GROUP_1 = "I. NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ CHỦ TRÌ THỰC HIỆN (06)";
export const HEADER_1 = ["STT", "CHỈ SỐ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "NĂM 2026", "ĐẾN NĂM 2030", "NHIỆM VỤ THỰC HIỆN"];
const HT = "Các cơ quan, đơn vị giải quyết thủ tục hành chính xã";

export const ROWS_1: string[][] = [
  ["01", "Các cơ quan, đơn vị, các ngành xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị", "Các cơ quan, đơn vị; các ngành xã", "Phòng VH-XH",
    "100% cơ quan, đơn vị, các ngành xã có 02 công chức phụ trách chuyển đổi số", "100%", "Phân công 01 lãnh đạo, 01 công chức, viên chức có chuyên môn thực hiện nhiệm vụ chuyển đổi số trong cơ quan, đơn vị"],
  ["02", "Tỷ lệ công chức, viên chức phụ trách về chuyển đổi số trong cơ quan, đơn vị xã", "Các cơ quan, đơn vị; các ngành xã", "Phòng VH-XH",
    "Phấn đấu đạt 10%/tổng số cán bộ, công chức, viên chức các cơ quan, đơn vị xã", "100%", "Kiện toàn sơ đồ tổ chức, ban hành quy chế hoạt động cho mạng lưới đơn vị chuyên trách/đầu mối chuyển đổi số tại các cơ quan."],
  ["03", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", "Trung tâm Phục vụ hành chính công xã", HT, "Trên 80%", "100%",
    "Thường xuyên khảo sát, ghi nhận ý kiến từ doanh nghiệp và người dân để cải tiến giao diện Cổng Dịch vụ công; đảm bảo quy trình nộp hồ sơ trực tuyến đơn giản, dễ hiểu, thực hiện được hoàn toàn trên điện thoại thông minh."],
  ["04", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Trung tâm Phục vụ hành chính công xã", "Các cơ quan, đơn vị giải quyết thủ tục", "100%", "100%",
    "Định kỳ chiết xuất dữ liệu từ hệ thống để thống kê tỷ lệ hồ sơ trực tuyến toàn trình của từng"],
  // A page break in the source: the rest of row 04's cells continue on the next row.
  ["", "", "", "hành chính xã", "", "", "đơn vị; kịp thời phát hiện và chấn chỉnh các trường hợp \"trực tuyến nửa vời\" (vẫn yêu cầu người dân mang bản chính đến đối chiếu)."],
  ["05", "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công", "Trung tâm Phục vụ hành chính công xã", HT, "100%", "100%",
    "Gắn kết quả thống kê tỷ lệ hồ sơ trực tuyến toàn trình với việc đánh giá chỉ số hài lòng của người dân; công khai bảng xếp hạng kết quả thực hiện cải cách hành chính và chuyển đổi số của các đơn vị trên Cổng thông tin điện tử tỉnh."],
  ["06", "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông", "Phòng VH-XH; Công an xã", "Các cơ quan, đơn vị xã; Đoàn Thanh niên, các ấp, Tổ công nghệ số cộng đồng",
    "Trên 70% người dân biết kỹ năng về công nghệ thông tin và truyền thông", "90%",
    "Trực tiếp quản lý, chỉ đạo và huy động các Tổ công nghệ số cộng đồng tại các ấp/khu phố thực hiện phương châm \"đi từng ngõ, gõ từng nhà\" để hướng dẫn người dân các kỹ năng số cơ bản; người dân tham gia học chương trình bình dân học vụ số trên nền tảng của Bộ Công an."],
];

export const GROUP_2 = "II. NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ CHỦ TRÌ PHỐI HỢP CẤP TRÊN THỰC HIỆN (13)";
export const HEADER_2 = ["STT", "Chỉ số", "Cơ quan chủ trì triển khai của cấp trên", "Cơ quan phối hợp của xã", "Cơ quan theo dõi và tổng hợp của xã", "Năm 2026", "Đến năm 2030", "Nhiệm vụ phối hợp thực hiện"];
const VP = "Phòng VH-XH; Trung tâm Phục vụ hành chính công xã; Văn phòng HĐND-UBND";

export const ROWS_2: string[][] = [
  ["01", "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", "Sở KH&CN", "Các cơ quan, đơn vị; các ngành xã liên quan khai thác, cập nhật dữ liệu dùng chung", "Phòng VH-XH",
    "Trung tâm Tích hợp dữ liệu tỉnh được công nhận đạt chuẩn", "100%", "Chủ động làm sạch dữ liệu từng ngành \"đúng-đủ-sạch-sống\"; cập nhật dữ liệu định kỳ, khai thác, tái sử dụng đồng bộ, thống nhất theo thời gian thực"],
  ["02", "Mức độ triển khai các nền tảng số dùng chung", "Sở KH&CN", "Phòng VH-XH; Các cơ quan, đơn vị; các ngành xã liên quan sử dụng nền tảng", "Phòng VH-XH",
    "Ứng dụng 9/9 nền tảng theo hướng dẫn và triển khai của cấp trên", "100%", "Triển khai ứng dụng các nền tảng số quốc gia theo hướng dẫn của Sở Khoa học và Công nghệ; đánh giá hiệu quả định kỳ các nền tảng này"],
  ["03", "Mức độ ứng dụng AI", "Sở KH&CN", "Phòng VH-XH; Các cơ quan, đơn vị; các ngành xã", "Phòng VH-XH, Trung tâm Phục vụ hành chính công xã",
    "Có ứng dụng AI phục vụ người dân, doanh nghiệp, cơ quan nhà nước", "100%", "Triển khai hiệu quả các trợ lý AI do cấp trên triển khai trong hoạt động chuyên môn và phục vụ người dân, doanh nghiệp."],
  ["04", "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số", "Sở KH&CN", "Phòng VH-XH; Các cơ quan, đơn vị; các ngành xã", "Phòng VH-XH", "100%", "100%",
    "Triển khai thực hiện kế hoạch đào tạo hàng năm; phối hợp các chuyên gia tổ chức các khóa tập huấn chuyên sâu về chuyển đổi số, an toàn thông tin và an ninh mạng cho đội ngũ nòng cốt tại các sở, ngành"],
  ["05", "Số lượng người dân được phổ cập kỹ năng số", "Công an tỉnh", "Công an xã; Các cơ quan, đơn vị; các ngành xã", "Phòng VH-XH",
    "100% công dân đủ điều kiện (công dân đã được cấp căn cước/căn cước công dân, có sử dụng điện thoại thông minh)", "100%",
    "Triển khai Chương trình hành động phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"],
  ["06", "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn thông tin và an ninh mạng, an ninh mạng", "Công an tỉnh", VP, "Phòng VH-XH",
    "100% hệ thống thông tin được phê duyệt cấp độ", "100%", "Chủ động đề xuất phê duyệt, cung cấp thông tin phê duyệt cấp độ an toàn thông tin và an ninh mạng của hệ thống thông tin về Công an tỉnh theo quy định"],
  ["07", "Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin và an ninh mạng, an ninh mạng theo cấp độ đã được phê duyệt", "Công an tỉnh", VP, "Phòng VH-XH",
    "100% hệ thống thông tin được phê duyệt cấp độ", "100%", "Rà soát triển khai phương án đảm bảo an toàn thông tin và an ninh mạng theo hồ sơ cấp độ đã được phê duyệt"],
  ["08", "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ bảo đảm an toàn", "Công an tỉnh", "Phòng VH-XH; Trung tâm Phục vụ hành chính", "Phòng VH-XH",
    "100% hệ thống thông tin được phê duyệt cấp", "100%", "Phối hợp triển khai kế hoạch kiểm tra, đánh giá an toàn thông tin và"],
  ["", "thông tin và an ninh mạng, an ninh mạng định kỳ", "", "công xã; Văn phòng HĐND-UBND; các cơ quan có sử dụng hệ thống thông tin của UBND xã", "", "độ", "", "an ninh mạng, an ninh mạng định kỳ"],
  ["09", "Tổng chi Ngân sách nhà nước cho chính quyền số", "Sở Tài chính", "Phòng Kinh tế, Các cơ quan, đơn vị xã", "Phòng Kinh tế", "Đạt trên 1%", "3%",
    "Phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính tham mưu bố trí dự toán chi ngân sách nhà nước hàng năm cho CNTT và chuyển đổi số"],
  ["10", "Tỷ trọng kinh tế số trong GRDP", "Sở KH&CN", "Phòng Kinh tế, Các cơ quan, đơn vị xã", "Phòng Kinh tế", "Đạt trên 20%", "30%",
    "Rà soát thực hiện cung cấp số liệu để thống kê và đánh giá đóng góp của kinh tế số vào GRDP tỉnh; đề xuất giải pháp thúc đẩy các ngành kinh tế trọng điểm (công nghiệp, dịch vụ) chuyển đổi số"],
  ["11", "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao", "Công an tỉnh", "Công an xã; Đoàn thanh niên, các ấp, Tổ công nghệ", "Công an xã;", "100%", "100%",
    "Triển khai tổ chức thu nhận hồ sơ, hướng dẫn kích hoạt tài khoản định"],
  ["", "dịch điện tử", "", "số cộng đồng", "", "", "", "danh điện tử (VNeID) mức độ 2 cho 100% công dân đủ điều kiện từ 14 tuổi trở lên trên địa bàn tỉnh."],
  ["12", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "Đoàn TNCS HCM tỉnh", "Đoàn thanh niên xã, các ấp, Tổ công nghệ số cộng đồng", "Phòng VH-XH",
    "Trên 30% dân số trưởng thành có chữ ký số", "70%", "Triển khai hoạt động của Đoàn thanh niên làm nòng cốt trong các Tổ công nghệ số cộng đồng; tổ chức các chiến dịch ra quân tình nguyện để trực tiếp hướng dẫn, hỗ trợ người dân cài đặt và sử dụng chữ ký số cá nhân."],
  ["13", "Tỷ lệ người dân có Sổ sức khỏe điện tử", "Sở Y tế", "Trạm Y tế; Đoàn Thanh niên, Tổ công nghệ số cộng đồng", "Phòng VH-XH", "100%", "100%",
    "Phối hợp với các cơ sở y tế (công lập và tư nhân) trên địa bàn tỉnh thực hiện kết nối, liên thông dữ liệu khám chữa bệnh bảo hiểm y tế lên Hệ thống thông tin giám định BHYT để đồng bộ sang ứng dụng Sổ sức khỏe điện tử (VNeID hoặc ứng dụng chuyên ngành)."],
];
