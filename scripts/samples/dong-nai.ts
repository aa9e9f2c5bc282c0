// Seed 000: Đồng Nai's appendix (29 indicators, qd405-29), transcribed row by row as officers paste it.

export const DONG_NAI_TITLE = [
  "PHỤ LỤC",
  "PHÂN CÔNG ĐƠN VỊ CHỦ TRÌ THỰC HIỆN CÁC CHỈ TIÊU DTI GIAI ĐOẠN 2026 - 2030",
  "(Kèm theo Kế hoạch số     /KH-UBND ngày      tháng 3 năm 2026 của UBND tỉnh Đồng Nai)",
];

export const DONG_NAI_HEADER = ["STT", "Chỉ số", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Năm\n2026", "Đến\nnăm\n2030", "Căn cứ thực hiện", "Nhiệm vụ thực hiện"];

const NQ71 = "Nghị quyết số 71/NQ-CP ngày 01/4/2025 sửa đổi, bổ sung, cập nhật Chương trình hành động thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị";
const QD411 = "Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030";
const QD1690 = "Căn cứ Quyết định số 1690/QĐ-TTg ngày 26/12/2023 của Thủ tướng Chính phủ phê duyệt Đề án \"Kiện toàn tổ chức bộ máy, nâng cao năng lực quản lý nhà nước và thực thi pháp luật về chuyển đổi số từ trung ương đến địa phương đến năm 2025, định hướng đến năm 2030\"";
const QD146 = "Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án \"Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030\"";
const ND85 = "Kế hoạch chuyển đổi số của tỉnh; Nghị định 85/2016/NĐ-CP của Chính phủ";
const KHTINH = "Kế hoạch chuyển đổi số của tỉnh";
const KIEN_TOAN = "Kiện toàn sơ đồ tổ chức, ban hành quy chế hoạt động cho mạng lưới đơn vị chuyên trách/đầu mối chuyển đổi số tại các cơ quan.";

/** [code, name, lead, coordinators, 2026, 2030, legal basis, tasks] or a pillar heading [n, name]. */
export type AppendixRow = [string, string, string, string, string, string, string, string] | [number, string];

export const DONG_NAI_ROWS: AppendixRow[] = [
  [1, "Hạ tầng và Nền tảng số"],
  ["1.1", "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s", "Sở KH&CN", "Các doanh nghiệp viễn thông", "95%", "100%", NQ71,
    "Chủ trì phối hợp các doanh nghiệp viễn thông rà soát hạ tầng; ban hành các tiêu chuẩn kỹ thuật về hạ tầng số dùng chung; đôn đốc triển khai cáp quang tốc độ cao đến các khu công nghiệp và khu dân cư tập trung."],
  ["1.2", "Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số", "Sở KH&CN", "Các doanh nghiệp viễn thông", "100%", "100%",
    `${NQ71}, Quyết định số 2244/QĐ-TTg ngày 13/10/2025 của Thủ tướng Chính phủ`,
    "Chủ trì tham mưu UBND tỉnh các cơ chế hỗ trợ doanh nghiệp viễn thông lắp đặt trạm BTS 5G; cấp phép và quản lý hạ tầng kỹ thuật viễn thông thụ động trên địa bàn tỉnh"],
  ["1.3", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", "Sở KH&CN", "Các doanh nghiệp viễn thông", "Trên 90%", "99%", QD411,
    "Phối hợp các nhà mạng rà soát, nâng cấp hạ tầng băng rộng cáp quang và trạm thu phát sóng 5G; xóa các vùng lõm sóng tại các khu vực vùng sâu, vùng xa."],
  ["1.4", "Triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", "Sở KH&CN", "Các sở, ngành; địa phương",
    "Trung tâm Tích hợp dữ liệu tỉnh được công nhận đạt chuẩn", "100%",
    "QĐ 1121/QĐ-TTg ngày 11/6/2025 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về phát triển và chuyển đổi sang sử dụng nền tảng điện toán đám mây giai đoạn 2025 - 2030",
    "Xây dựng phương án đầu tư, nâng cấp hoặc thuê dịch vụ Trung tâm dữ liệu tỉnh theo mô hình Cloud; thiết lập hệ thống quản trị dữ liệu tập trung (LGSP) kết nối liên thông."],
  ["1.5", "Mức độ triển khai các nền tảng số dùng chung", "Sở KH&CN", "Các sở, ngành; địa phương", "9/9 nền tảng theo hướng dẫn của Bộ", "100%",
    "Công văn số 702/CĐS-CSS ngày 25/5/2023 của Cục Chuyển đổi số quốc gia",
    "Chủ trì lựa chọn, triển khai và hướng dẫn các đơn vị sử dụng 09 nền tảng số quốc gia theo hướng dẫn của Bộ; đánh giá hiệu quả định kỳ các nền tảng này"],
  ["1.6", "Mức độ ứng dụng AI", "Sở KH&CN", "Các sở, ngành; địa phương", "Có ứng dụng AI phục vụ người dân, DN, cơ quan nhà nước", "100%", NQ71,
    "Triển khai các ứng dụng AI của Bộ KH&CN hướng dẫn"],
  [2, "Nhân lực số"],
  ["2.1", "Sở, ban, ngành, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị", "Các sở, ngành, địa phương", "Sở KH&CN, Sở Nội vụ",
    "Phấn đấu 100% sở, ngành, xã, phường bố trí cán bộ chuyên trách CNTT, CĐS", "100%", QD1690, KIEN_TOAN],
  ["2.2", "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số", "Các sở, ngành, địa phương", "Sở KH&CN, Sở Nội vụ,",
    "Phấn đấu đạt 10%/tổng số cán bộ, công chức, viên chức", "100%", QD1690, KIEN_TOAN],
  ["2.3", "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số", "Sở KH&CN", "Sở Nội vụ; Các sở, ngành; địa phương", "100%", "100%", QD146,
    "Xây dựng kế hoạch đào tạo hàng năm; phối hợp các chuyên gia tổ chức các khóa tập huấn chuyên sâu về chuyển đổi số, an toàn thông tin cho đội ngũ nòng cốt tại các sở, ngành"],
  ["2.4", "Số lượng người dân được phổ cập kỹ năng số", "Công an tỉnh", "Các sở, ngành, địa phương",
    "100% công dân đủ điều kiện (công dân đã được cấp căn cước/căn cước công dân, có sử dụng điện thoại thông minh)", "100%", QD146,
    "Chương trình hành động phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"],
  [3, "An toàn thông tin, an ninh mạng"],
  ["3.1", "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn thông tin, an ninh mạng", "Công an tỉnh", "Các sở, ngành, xã, phường",
    "100% hệ thống thông tin được phê duyệt cấp độ", "100%", ND85,
    "Chủ trì phối hợp với các sở, ban, ngành và UBND các cấp thực hiện rà soát, thống kê toàn bộ các hệ thống thông tin đang vận hành để đảm bảo không bỏ sót hệ thống nào chưa được phân loại cấp độ"],
  ["3.2", "Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin, an ninh mạng theo cấp độ đã được phê duyệt", "Công an tỉnh", "Các sở, ngành, xã, phường",
    "100% hệ thống thông tin được phê duyệt cấp độ", "100%", ND85,
    "Chủ trì hướng dẫn các cơ quan, đơn vị lựa chọn và triển khai các giải pháp công nghệ (tường lửa, phần mềm diệt virus, hệ thống quản lý tập trung...) đáp ứng đầy đủ các yêu cầu an toàn tối thiểu tương ứng với cấp độ (từ cấp độ 1 đến cấp độ 5) theo tiêu chuẩn TCVN 11930:2017"],
  ["3.3", "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ bảo đảm an toàn thông tin, an ninh mạng định kỳ", "Công an tỉnh", "Các sở, ngành, xã, phường",
    "100% hệ thống thông tin được phê duyệt cấp độ", "100%", ND85,
    "Chủ trì tham mưu UBND tỉnh phê duyệt kế hoạch kiểm tra, đánh giá an toàn thông tin, an ninh mạng định kỳ đối với toàn bộ các cơ quan nhà nước trên địa bàn tỉnh Đồng Nai."],
  [4, "Hoạt động Chính quyền số"],
  ["4.1", "Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định", "Báo và PTTH Đồng Nai; Sở KH&CN", "Sở KH&CN", "100%", "100%",
    "Thông tư 22/2023/TT-BTTTT của Bộ TT&TT (cũ), nay là Bộ KH&CN.",
    "Chủ trì rà soát hiện trạng Cổng thông tin điện tử tỉnh và các trang thành viên; thực hiện nâng cấp, bổ sung các chức năng, tính năng kỹ thuật đảm bảo tuân thủ đầy đủ các tiêu chuẩn về cấu trúc, bố cục, và các yêu cầu kỹ thuật theo quy định hiện hành."],
  ["4.2", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại địa phương", "Sở KH&CN",
    "Văn phòng UBND tỉnh (Trung tâm PV HCC)", "100% có trên NDXP đưa vào sử dụng tại tỉnh", "100%", "Luật Giao dịch điện tử; Khung kiến trúc CPĐT Việt Nam",
    "Chủ trì hướng dẫn các sở, ban, ngành khai thác các cơ sở dữ liệu quốc gia thông qua NDXP như: Dữ liệu dân cư, đăng ký doanh nghiệp, bảo hiểm, tư pháp, hộ tịch... để phục vụ giải quyết thủ tục hành chính và quản lý nhà nước."],
  ["4.3", "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", "Các Sở, ban, ngành",
    "Văn phòng UBND tỉnh (Trung tâm phục vụ HCC); Sở KHCN", "80%", "100%", NQ71,
    "Chủ trì phối hợp với các sở, ban, ngành thực hiện rà soát, đơn giản hóa và tái cấu trúc quy trình nghiệp vụ đối với các thủ tục hành chính (TTHC) để đảm bảo đủ điều kiện cung cấp dịch vụ công trực tuyến (DVCTT) toàn trình."],
  ["4.4", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", "Các sở, ngành, địa phương", "Các sở, ngành, địa phương", "70%", "80%", NQ71,
    "Thường xuyên khảo sát, ghi nhận ý kiến từ doanh nghiệp và người dân để cải tiến giao diện Cổng Dịch vụ công; đảm bảo quy trình nộp hồ sơ trực tuyến đơn giản, dễ hiểu, thực hiện được hoàn toàn trên điện thoại thông minh."],
  ["4.5", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Các sở, ngành, địa phương", "Văn phòng UBND tỉnh (Trung tâm phục vụ HCC); Sở KHCN", "25%", "90%", KHTINH,
    "Định kỳ chiết xuất dữ liệu từ hệ thống để thống kê tỷ lệ hồ sơ trực tuyến toàn trình của từng đơn vị; kịp thời phát hiện và chấn chỉnh các trường hợp \"trực tuyến nửa vời\" (vẫn yêu cầu người dân mang bản chính đến đối chiếu)."],
  ["4.6", "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công", "Các sở, ngành, địa phương", "Văn phòng UBND tỉnh (Trung tâm phục vụ HCC); Sở KHCN",
    "100%", "100%", KHTINH,
    "Gắn kết quả thống kê tỷ lệ hồ sơ trực tuyến toàn trình với việc đánh giá chỉ số hài lòng của người dân; công khai bảng xếp hạng kết quả thực hiện cải cách hành chính và chuyển đổi số của các đơn vị trên Cổng thông tin điện tử tỉnh."],
  ["4.7", "Tổng chi Ngân sách nhà nước cho chính quyền số", "Sở Tài chính", "Các sở, ngành, địa phương", "Đạt trên 1%", "3%", "",
    "Chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu UBND tỉnh bố trí dự toán chi ngân sách nhà nước hàng năm cho CNTT và chuyển đổi số, đảm bảo tỷ lệ chi không thấp hơn mức quy định của Chính phủ (thường là tối thiểu 1% tổng chi ngân sách nhà nước)."],
  [5, "Hoạt động Kinh tế số"],
  ["5.1", "Tỷ trọng kinh tế số trong GRDP", "Sở KH&CN", "Các sở, ngành, địa phương", "Đạt trên 20%", "30%", NQ71,
    "Nghiên cứu, thống kê và đánh giá đóng góp của kinh tế số vào GRDP tỉnh; đề xuất giải pháp thúc đẩy các ngành kinh tế trọng điểm (công nghiệp, dịch vụ) chuyển đổi số"],
  ["5.2", "Tỷ lệ doanh nghiệp công nghệ số/1.000 dân", "Sở KH&CN", "Sở Tài chính và các Sở, ngành, đơn vị có liên quan", "01 doanh nghiệp/1.000 dân", "05 doanh nghiệp/1.000 dân", NQ71,
    "Xây dựng vườn ươm doanh nghiệp công nghệ số; hỗ trợ các doanh nghiệp khởi nghiệp đổi mới sáng tạo; tổ chức sự kiện kết nối cung - cầu công nghệ số."],
  ["5.3", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", "Sở Công Thương", "Sở KH&CN", "10%", "25%", QD411,
    "Hỗ trợ và hướng dẫn các doanh nghiệp sản xuất, hệ thống siêu thị, cửa hàng tiện lợi và các hộ kinh doanh trên địa bàn triển khai bán hàng trên các sàn thương mại điện tử (TMĐT) uy tín và các nền tảng mạng xã hội."],
  ["5.4", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "Sở KH&CN", "Sở Tài chính và các Sở, ngành, đơn vị có liên quan", "Trên 80%", "100%", QD411,
    "Tuyên truyền, hướng dẫn doanh nghiệp áp dụng chữ ký số và hợp đồng điện tử trong giao dịch dân sự, kinh tế; xây dựng hệ sinh thái hỗ trợ doanh nghiệp chuyển đổi số"],
  [6, "Hoạt động Xã hội số"],
  ["6.1", "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử", "Công an tỉnh", "Các sở, ngành, địa phương", "100%", "100%", `${QD411}; ${NQ71}`,
    "Chủ trì phối hợp với các cơ quan liên quan tổ chức thu nhận hồ sơ, hướng dẫn kích hoạt tài khoản định danh điện tử (VNeID) mức độ 2 cho 100% công dân đủ điều kiện từ 14 tuổi trở lên trên địa bàn tỉnh."],
  ["6.2", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trực tuyến tại ngân hàng hoặc tổ chức được phép khác", "Ngân hàng nhà nước Chi nhánh Khu vực 2",
    "Sở Khoa học và Công nghệ và các Sở, ngành, đơn vị có liên quan", "Trên 80%", "100%", `${QD411}; ${NQ71}`,
    "Chỉ đạo các ngân hàng thương mại và tổ chức tín dụng trên địa bàn đa dạng hóa các sản phẩm, dịch vụ thanh toán trực tuyến; đơn giản hóa quy trình mở tài khoản qua phương thức điện tử (eKYC) để người dân dễ dàng tiếp cận."],
  ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "Đoàn TNCS HCM tỉnh", "Các sở, ban, ngành tỉnh; UBND cấp xã",
    "Trên 30% dân số trưởng thành có chữ ký số", "70%", `${QD411}; ${NQ71}`,
    "Chỉ đạo Đoàn thanh niên các cấp làm nòng cốt trong các Tổ công nghệ số cộng đồng; tổ chức các chiến dịch ra quân tình nguyện để trực tiếp hướng dẫn, hỗ trợ người dân cài đặt và sử dụng chữ ký số cá nhân."],
  ["6.4", "Tỷ lệ người dân có Sổ sức khỏe điện tử", "Sở Y tế", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "100%", "100%", `${QD411}; ${NQ71}`,
    "Chủ trì, phối hợp với các cơ sở y tế (công lập và tư nhân) trên địa bàn tỉnh thực hiện kết nối, liên thông dữ liệu khám chữa bệnh bảo hiểm y tế lên Hệ thống thông tin giám định BHYT để đồng bộ sang ứng dụng Sổ sức khỏe điện tử (VNeID hoặc ứng dụng chuyên ngành)."],
  ["6.5", "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Các sở, ban, ngành tỉnh; UBND các xã, phường",
    "Trên 70% người dân biết kỹ năng về", "90%", QD411,
    "Trực tiếp quản lý, chỉ đạo và huy động các Tổ công nghệ số cộng đồng tại các ấp/khu phố thực hiện phương châm \"đi từng ngõ, gõ từng nhà\" để hướng dẫn người dân các kỹ năng số cơ bản (sử dụng smartphone, cài đặt ứng dụng, nộp hồ sơ trực tuyến)."],
];
