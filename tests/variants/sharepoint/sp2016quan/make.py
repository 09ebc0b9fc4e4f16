# -*- coding: utf-8 -*-
"""Generator for the sp2016quan held-out template (SharePoint Server 2016 publishing site,
classic UI, integrator page layout with "bgq-" class names). Deterministic:

    python tests/variants/sharepoint/sp2016quan/make.py

Writes every <page>.html and its truth <page>.json from the same data (below).
"""
import base64
import html
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path
from urllib.parse import quote

from datetime import datetime as D

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- invented content (all text made up)

HOST = "https://binhgiang.haidong.gov.vn"
SITE = "Cổng thông tin điện tử quận Bình Giang"
TODAY = D(2024, 4, 22, 8, 12)

# Inline markup in paragraph strings: **bold**, ~~italic~~ (stripped for the truth).
NEWS = [
 dict(key="n1", slug="tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2023", item=112,
  title="Quận Bình Giang tổng kết công tác cải cách hành chính năm 2023",
  cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
  date=("sa", "Ngày đăng:", D(2024, 3, 5, 9, 15), D(2024, 3, 6, 15, 20)),
  author_field=None, prefix=None,
  lead=("field", "Năm 2023, quận Bình Giang tiếp tục duy trì vị trí trong nhóm dẫn đầu thành phố về chỉ số cải cách hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt hơn 99%, mức độ hài lòng của người dân được nâng lên rõ rệt."),
  thumb="/tin-tuc/PublishingImages/2024/03/cchc-2023-thumb.jpg",
  body=[
   ("p", "Chiều ngày 04/3/2024, Ủy ban nhân dân quận Bình Giang tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND quận chủ trì hội nghị; tham dự có lãnh đạo các phòng, ban chuyên môn và Chủ tịch UBND 11 phường."),
   ("img_table", "/tin-tuc/PublishingImages/2024/03/cchc-2023-01.jpg", "Phó Chủ tịch UBND quận Trần Quốc Bảo phát biểu chỉ đạo tại hội nghị.", "Ảnh: Minh Khang", "inline"),
   ("p", "Theo báo cáo, trong năm qua Bộ phận Một cửa quận đã tiếp nhận 18.426 hồ sơ, trong đó 17.950 hồ sơ được giải quyết trước và đúng hạn. Toàn quận có 214 thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, tăng 37 thủ tục so với năm trước."),
   ("p", "Công tác rà soát, đơn giản hóa thủ tục hành chính được thực hiện thường xuyên. Quận đã kiến nghị cấp trên bãi bỏ 6 thành phần hồ sơ không cần thiết trong lĩnh vực đất đai và xây dựng, giúp rút ngắn trung bình 3 ngày làm việc cho mỗi hồ sơ."),
   ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tỷ lệ hồ sơ nộp trực tuyến ở một số phường còn thấp, việc số hóa kết quả giải quyết thủ tục hành chính chưa đồng đều, một bộ phận cán bộ chưa chủ động hướng dẫn người dân sử dụng tài khoản định danh điện tử."),
   ("p", "Phát biểu kết luận, Phó Chủ tịch UBND quận **Trần Quốc Bảo** đề nghị các đơn vị xác định cải cách hành chính là nhiệm vụ trọng tâm, gắn trách nhiệm người đứng đầu với kết quả thực hiện; phấn đấu năm 2024 đạt tỷ lệ 80% hồ sơ nộp trực tuyến đối với các thủ tục đủ điều kiện."),
   ("p", "Dịp này, UBND quận đã tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm 2023."),
   ("sig_bold", "Thu Hà"),
  ]),
 dict(key="n2", slug="ra-quan-tong-ve-sinh-moi-truong-huong-ung-ngay-nuoc-the-gioi", item=131,
  title="Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Nước thế giới",
  cat="Tài nguyên - Môi trường", catslug="tai-nguyen-moi-truong",
  date=("pipe", None, D(2024, 3, 22, 7, 45), None),
  author_field=None, prefix=None,
  lead=("bold", "Hơn 1.200 đoàn viên, hội viên và người dân quận Bình Giang đã tham gia ra quân dọn dẹp kênh mương, thu gom rác thải dọc bờ sông Lam nhằm hưởng ứng Ngày Nước thế giới năm 2024."),
  thumb="/tin-tuc/PublishingImages/2024/03/ve-sinh-song-lam-thumb.jpg",
  body=[
   ("img_rte", "/tin-tuc/PublishingImages/2024/03/ve-sinh-song-lam-01.jpg", "Đoàn viên thanh niên phường Hòa Phú vớt rác trên đoạn kênh Bàu Sen.", "Ảnh: Phan Duy"),
   ("p", "Ngày 22/3 hằng năm được Liên hợp quốc chọn là Ngày Nước thế giới. Năm nay, Phòng Tài nguyên và Môi trường phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam quận tổ chức lễ ra quân tại công viên ven sông, sau đó chia thành 14 tổ xung kích làm việc tại các điểm thường xuyên tồn đọng rác."),
   ("p", "Trong buổi sáng, lực lượng tham gia đã nạo vét hơn 3 km mương thoát nước, thu gom khoảng 26 tấn rác thải, phát quang bụi rậm và trồng mới 150 cây xanh tại các tuyến đường nội bộ khu dân cư."),
   ("p", "Đại diện lãnh đạo quận cho biết, bên cạnh các đợt ra quân cao điểm, các phường cần duy trì mô hình “Ngày Chủ nhật xanh”, vận động hộ gia đình phân loại rác tại nguồn và không xả nước thải chưa qua xử lý ra kênh rạch."),
   ("p", "Cũng trong dịp này, Hội Liên hiệp Phụ nữ quận trao tặng 500 túi vải và 300 thùng phân loại rác cho các chi hội phụ nữ, góp phần hạn chế sử dụng túi ni lông trong sinh hoạt hằng ngày."),
   ("sig_office", "Phòng Tài nguyên và Môi trường"),
  ]),
 dict(key="n3", slug="phuong-an-thuong-trien-khai-mo-hinh-dan-van-kheo", item=118,
  title="Phường An Thượng triển khai mô hình “Dân vận khéo” trong xây dựng đô thị văn minh",
  cat="Văn hóa - Xã hội", catslug="van-hoa-xa-hoi",
  date=("thu", None, D(2024, 3, 12, 9, 15), None),
  author_field="Lê Thanh Tâm", prefix="(BGĐT) -",
  lead=("field", "Với cách làm gần dân, lắng nghe dân, phường An Thượng đã vận động người dân tự nguyện hiến đất mở rộng 4 kiệt hẻm và tháo dỡ hơn 60 mái che lấn chiếm vỉa hè trong ba tháng đầu năm."),
  thumb="/tin-tuc/PublishingImages/2024/03/dan-van-kheo-thumb.jpg",
  body=[
   ("img_rte", "/tin-tuc/PublishingImages/2024/03/dan-van-kheo-01.jpg", "Cán bộ khu phố 3 trao đổi với người dân về phương án mở rộng kiệt.", None),
   ("br", [
    "Mô hình được Đảng ủy phường chọn làm khâu đột phá từ đầu năm, giao cho từng chi bộ khu phố đăng ký ít nhất một công trình cụ thể.",
    "Trước khi triển khai, tổ dân phố tổ chức họp dân nhiều lần, công khai phương án thiết kế, kinh phí và phần việc mỗi hộ cần đóng góp.",
    "Nhiều hộ ban đầu còn băn khoăn vì diện tích đất nhỏ; cán bộ khu phố đã đến từng nhà giải thích, mời những gia đình đồng thuận trước chia sẻ kinh nghiệm.",
    "Kết quả, kiệt 27 đường Nguyễn Lộ Trạch được mở rộng từ 2 m lên 3,5 m, trở thành tuyến kiệt kiểu mẫu có đèn chiếu sáng và camera an ninh.",
    "Tổng kinh phí thực hiện hơn 1,8 tỷ đồng, trong đó nhân dân đóng góp gần 70%, phần còn lại từ ngân sách phường và nguồn xã hội hóa.",
    "Thời gian tới, phường sẽ nhân rộng cách làm này ra các khu phố còn lại, gắn với tiêu chí xây dựng tuyến phố văn minh đô thị.",
   ]),
  ]),
 dict(key="n4", slug="thu-ngan-sach-quy-i-nam-2024-dat-31-phan-tram-du-toan", item=140,
  title="Thu ngân sách quý I năm 2024 đạt 31,2% dự toán",
  cat="Kinh tế", catslug="kinh-te",
  date=("capnhat", "Cập nhật:", D(2024, 4, 8), None),
  author_field=None, prefix=None,
  lead=("field", "Tổng thu ngân sách nhà nước trên địa bàn quận quý I năm 2024 ước đạt 148,6 tỷ đồng, bằng 31,2% dự toán thành phố giao và tăng 8,4% so với cùng kỳ năm trước."),
  thumb="/tin-tuc/PublishingImages/2024/04/thu-ngan-sach-thumb.jpg",
  body=[
   ("p", "Theo số liệu của Chi cục Thuế khu vực, các khoản thu từ khu vực ngoài quốc doanh và lệ phí trước bạ tiếp tục là nguồn đóng góp chủ yếu. Riêng thu tiền sử dụng đất đạt thấp do thị trường bất động sản chưa phục hồi."),
   ("p", "Kết quả thu một số khoản chủ yếu như sau (đơn vị: triệu đồng):"),
   ("table", [
    ["Nội dung thu", "Dự toán năm 2024", "Thực hiện quý I", "Tỷ lệ (%)"],
    ["Thu từ khu vực ngoài quốc doanh", "182.000", "61.350", "33,7"],
    ["Lệ phí trước bạ", "96.500", "30.120", "31,2"],
    ["Thuế thu nhập cá nhân", "71.000", "24.880", "35,0"],
    ["Thu tiền sử dụng đất", "105.000", "19.460", "18,5"],
    ["Thu khác ngân sách", "21.800", "12.790", "58,7"],
   ]),
   ("p", "Về chi ngân sách, quận đã giải ngân 42,3 tỷ đồng vốn đầu tư công, đạt 21% kế hoạch; chi thường xuyên bảo đảm kịp thời cho hoạt động của bộ máy và các chính sách an sinh xã hội."),
   ("p", "UBND quận yêu cầu Chi cục Thuế tăng cường quản lý nguồn thu, đôn đốc thu hồi nợ đọng; các chủ đầu tư đẩy nhanh tiến độ thực hiện dự án để nâng tỷ lệ giải ngân trong quý II."),
   ("sig_source", "Phòng Tài chính - Kế hoạch"),
  ]),
 dict(key="n5", slug="dai-bieu-hdnd-thanh-pho-tiep-xuc-cu-tri-phuong-tan-lap", item=124,
  title="Đại biểu HĐND thành phố tiếp xúc cử tri phường Tân Lập",
  cat="Hoạt động HĐND", catslug="hoat-dong-hdnd",
  date=("sa", None, D(2024, 3, 15, 14, 40), None),
  author_field=None, prefix=None,
  lead=("field", "Tổ đại biểu HĐND thành phố ứng cử tại quận Bình Giang đã tiếp xúc cử tri phường Tân Lập trước kỳ họp chuyên đề, ghi nhận 17 ý kiến tập trung vào chỉnh trang đô thị và chống ngập."),
  thumb="/tin-tuc/PublishingImages/2024/03/tiep-xuc-cu-tri-thumb.jpg",
  body=[
   ("p", "Tại buổi tiếp xúc, đại biểu Nguyễn Thị Hồng Nhung thông tin đến cử tri nội dung dự kiến trình tại kỳ họp chuyên đề, dự kiến tổ chức vào ngày 26/3/2024, trong đó có các nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn và chính sách hỗ trợ người có công."),
   ("img_table", "/tin-tuc/PublishingImages/2024/03/tiep-xuc-cu-tri-01.jpg", "Cử tri phường Tân Lập phát biểu ý kiến tại buổi tiếp xúc.", "Ảnh: Hoàng Vy", "inline"),
   ("p", "Cử tri Phạm Văn Lợi (tổ dân phố 12) phản ánh tình trạng ngập cục bộ trên đường Lê Đình Dương mỗi khi mưa lớn, đề nghị thành phố sớm đầu tư cải tạo hệ thống thoát nước. Nhiều ý kiến khác đề nghị tăng thời lượng chiếu sáng công cộng và bố trí thêm điểm tập kết rác."),
   ("related_in", ["n1", "n8"]),
   ("p", "Liên quan đến các kiến nghị thuộc thẩm quyền, lãnh đạo UBND quận đã trả lời trực tiếp tại hội nghị; những nội dung vượt thẩm quyền sẽ được tổ đại biểu tổng hợp, gửi các sở, ngành thành phố xem xét, trả lời bằng văn bản."),
   ("img_table", "/tin-tuc/PublishingImages/2024/03/tiep-xuc-cu-tri-02.jpg", "Quang cảnh buổi tiếp xúc cử tri tại hội trường phường.", None, "inline"),
   ("p", "Đại biểu cam kết tiếp tục theo dõi, giám sát việc giải quyết các kiến nghị của cử tri và sẽ thông tin kết quả tại lần tiếp xúc sau kỳ họp."),
   ("sig_bold", "Hoàng Vy"),
  ]),
 dict(key="n6", slug="tang-cuong-tuyen-truyen-phong-chay-chua-chay-tai-khu-dan-cu", item=136,
  title="Tăng cường tuyên truyền phòng cháy, chữa cháy tại khu dân cư",
  cat="Quốc phòng - An ninh", catslug="quoc-phong-an-ninh",
  date=("pipe", None, D(2024, 3, 28, 16, 5), D(2024, 3, 29, 8, 10)),
  author_field=None, prefix=None,
  lead=("bold", "Trước diễn biến nắng nóng kéo dài, Công an quận Bình Giang phối hợp với các phường tổ chức chuỗi hoạt động tuyên truyền, hướng dẫn kỹ năng thoát nạn cho người dân tại các khu nhà trọ và chung cư mini."),
  thumb="/tin-tuc/PublishingImages/2024/03/pccc-thumb.jpg",
  body=[
   ("p", "Từ đầu năm đến nay, trên địa bàn quận xảy ra 4 vụ cháy nhỏ, không gây thiệt hại về người; nguyên nhân chủ yếu do chập điện và sơ suất khi sử dụng lửa trong sinh hoạt."),
   ("p", "Trong đợt cao điểm này, lực lượng chức năng tập trung vào các nội dung:"),
   ("ul", [
    "Kiểm tra hệ thống điện, bình chữa cháy tại 320 cơ sở kinh doanh và nhà ở kết hợp sản xuất;",
    "Hướng dẫn mở lối thoát nạn thứ hai, không lắp khung sắt kín ban công, cửa sổ;",
    "Thực tập phương án chữa cháy và cứu nạn tại chỗ với sự tham gia của tổ liên gia an toàn;",
    "Phát 5.000 tờ rơi và treo băng rôn tuyên truyền tại các tuyến đường chính.",
   ]),
   ("p", "Đại diện Công an quận khuyến cáo người dân không sạc xe điện qua đêm trong nhà, trang bị bình chữa cháy mini và lưu số điện thoại 114 để kịp thời báo tin khi có sự cố."),
   ("p", "Thời gian tới, mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” sẽ được nhân rộng ra tất cả các tổ dân phố, phấn đấu đến cuối năm mỗi tổ có ít nhất một điểm chữa cháy công cộng."),
   ("sig_bold", "Đức Thịnh"),
   ("sig_source", "Công an quận Bình Giang"),
  ]),
 dict(key="n7", slug="khoi-cong-tuyen-duong-noi-khu-dan-cu-bac-song-lam", item=147,
  title="Khởi công tuyến đường nối khu dân cư Bắc sông Lam",
  cat="Đô thị", catslug="do-thi",
  date=("thu", None, D(2024, 4, 4, 10, 30), None),
  author_field="Nguyễn Hữu Phước", prefix=None,
  lead=("field", "Sáng nay, Ban Quản lý dự án đầu tư xây dựng quận tổ chức lễ khởi công tuyến đường dài 1,4 km nối khu dân cư Bắc sông Lam với trục đường Trần Nhân Tông, tổng mức đầu tư 96 tỷ đồng."),
  thumb="/tin-tuc/PublishingImages/2024/04/khoi-cong-duong-thumb.jpg",
  body=[
   ("p", "Tuyến đường có mặt cắt ngang 15 m, gồm lòng đường 7,5 m và vỉa hè mỗi bên 3,75 m; đi kèm hệ thống thoát nước mưa, chiếu sáng, cây xanh và hạ tầng viễn thông đi ngầm."),
   ("img_rte", "/tin-tuc/PublishingImages/2024/04/khoi-cong-duong-01.jpg", "Các đại biểu thực hiện nghi thức khởi công công trình.", "Ảnh: Quang Huy"),
   ("p", "Theo kế hoạch, công trình được thi công trong 15 tháng và dự kiến hoàn thành trước ngày 30/6/2025. Khi đưa vào sử dụng, tuyến đường sẽ giảm tải cho nút giao Hòa Phú vốn thường xuyên ùn tắc vào giờ cao điểm, đồng thời mở ra quỹ đất phát triển dịch vụ thương mại cho khu vực."),
   ("p", "Để có mặt bằng thi công, quận đã vận động 86 hộ dân bàn giao đất, trong đó 19 hộ được bố trí tái định cư tại khu dân cư Bàu Sen. Đến nay, 96% diện tích đã được giải phóng; phần còn lại đang được hoàn thiện hồ sơ bồi thường."),
   ("img_table", "/tin-tuc/PublishingImages/2024/04/khoi-cong-duong-02.jpg", "Phối cảnh tuyến đường sau khi hoàn thành.", "Ảnh: Ban QLDA quận", "inline"),
   ("p", "Phát biểu tại lễ khởi công, Chủ tịch UBND quận yêu cầu nhà thầu bố trí đủ nhân lực, thiết bị, bảo đảm an toàn giao thông và vệ sinh môi trường, không để ảnh hưởng đến sinh hoạt của người dân hai bên tuyến."),
  ]),
 dict(key="n8", slug="tuoi-tre-binh-giang-ra-quan-thang-thanh-nien-nam-2024", item=109,
  title="Tuổi trẻ Bình Giang ra quân Tháng Thanh niên năm 2024",
  cat="Văn hóa - Xã hội", catslug="van-hoa-xa-hoi",
  date=("sa", "Ngày đăng:", D(2024, 3, 2, 8, 5), None),
  author_field=None, prefix=None,
  lead=("field", "Với chủ đề “Thanh niên tiên phong chuyển đổi số”, Tháng Thanh niên năm nay tại quận Bình Giang có hơn 40 công trình, phần việc được đăng ký thực hiện."),
  thumb="/tin-tuc/PublishingImages/2024/03/thang-thanh-nien-thumb.jpg",
  body=[
   ("p", "Ngay sau lễ ra quân, các đoàn viên đã đến 11 phường hỗ trợ người dân cài đặt ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và đăng ký tài khoản trên Cổng dịch vụ công."),
   ("img_table", "/tin-tuc/PublishingImages/2024/03/thang-thanh-nien-01.jpg", "Đoàn viên hướng dẫn người cao tuổi kích hoạt tài khoản định danh điện tử.", None, "inline"),
   ("p", "Điểm nhấn của Tháng Thanh niên là chương trình “Ngày Chủ nhật xanh” với các hoạt động trồng cây, làm sạch bãi biển và xóa quảng cáo rao vặt trái phép trên tường, cột điện."),
   ("p", "Ngày 26.3, Quận đoàn sẽ tổ chức lễ kết nạp đoàn viên mới và tuyên dương các chi đoàn có thành tích xuất sắc, đồng thời phát động cuộc thi tìm hiểu lịch sử Đoàn trực tuyến."),
   ("p", "Bí thư Quận đoàn cho biết, toàn quận phấn đấu vận động 100% đoàn viên tham gia ít nhất một hoạt động tình nguyện trong tháng, góp phần lan tỏa tinh thần xung kích của tuổi trẻ."),
   ("sig_source", "Quận đoàn Bình Giang"),
  ]),
 dict(key="n9", slug="huong-dan-nop-ho-so-cap-giay-phep-xay-dung-truc-tuyen", item=152,
  title="Hướng dẫn nộp hồ sơ cấp giấy phép xây dựng qua dịch vụ công trực tuyến",
  cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
  date=("capnhat", "Cập nhật:", D(2024, 4, 17), None),
  author_field=None, prefix=None,
  lead=("field", "Từ tháng 4/2024, người dân có nhu cầu cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn quận có thể nộp hồ sơ hoàn toàn trực tuyến, không phải đến Bộ phận Một cửa."),
  thumb="/tin-tuc/PublishingImages/2024/04/gpxd-thumb.jpg",
  body=[
   ("p", "Để thực hiện, người dân cần có tài khoản định danh điện tử mức độ 2 và chuẩn bị bản điện tử của các giấy tờ theo quy định. Quy trình gồm các bước sau:"),
   ("ol", [
    "Đăng nhập Cổng dịch vụ công, chọn thủ tục “Cấp giấy phép xây dựng đối với nhà ở riêng lẻ”.",
    "Khai thông tin trên tờ khai điện tử và đính kèm bản vẽ thiết kế, giấy chứng nhận quyền sử dụng đất.",
    "Nộp lệ phí trực tuyến qua ngân hàng hoặc ví điện tử đã liên kết.",
    "Theo dõi tình trạng hồ sơ và nhận kết quả bản điện tử qua tài khoản hoặc qua bưu điện.",
   ]),
   ("p", "Thời hạn giải quyết là 15 ngày kể từ khi nhận đủ hồ sơ hợp lệ. Trường hợp hồ sơ cần bổ sung, cán bộ thụ lý sẽ thông báo một lần qua tin nhắn và thư điện tử."),
   ("p", "Mọi vướng mắc, người dân liên hệ Phòng Quản lý đô thị quận qua số điện thoại 0236 3811 245 trong giờ hành chính để được hỗ trợ."),
   ("sig_source", "Phòng Quản lý đô thị"),
  ]),
 dict(key="n10", slug="ra-mat-cau-lac-bo-duong-sinh-nguoi-cao-tuoi-phuong-hoa-phu", item=150,
  title="Ra mắt Câu lạc bộ dưỡng sinh người cao tuổi phường Hòa Phú",
  cat="Văn hóa - Xã hội", catslug="van-hoa-xa-hoi",
  date=("thu", None, D(2024, 4, 15, 15, 20), D(2024, 4, 16, 7, 55)),
  author_field=None, prefix=None,
  lead=("bold", "Câu lạc bộ dưỡng sinh người cao tuổi phường Hòa Phú chính thức ra mắt với 45 hội viên, sinh hoạt vào sáng thứ Ba, thứ Năm và thứ Bảy hằng tuần tại nhà văn hóa khu phố 5."),
  thumb="/tin-tuc/PublishingImages/2024/04/duong-sinh-thumb.jpg",
  body=[
   ("p", "Câu lạc bộ do Hội Người cao tuổi phường thành lập nhằm tạo sân chơi rèn luyện sức khỏe, giao lưu văn hóa văn nghệ cho người cao tuổi trên địa bàn."),
   ("img_table", "/tin-tuc/PublishingImages/2024/04/duong-sinh-01.jpg", "Hội viên câu lạc bộ biểu diễn bài dưỡng sinh tại buổi ra mắt.", "Ảnh: Thảo Nguyên", "line"),
   ("p", "Ban chủ nhiệm câu lạc bộ gồm 5 thành viên, do ông Võ Đình Toản, nguyên giáo viên thể dục làm chủ nhiệm. Các bài tập được xây dựng theo hướng đơn giản, phù hợp với thể trạng người lớn tuổi."),
   ("p", "Tại buổi ra mắt, Trung tâm Y tế quận đã khám sức khỏe miễn phí, tư vấn chế độ dinh dưỡng và phòng bệnh tăng huyết áp cho các hội viên."),
   ("p", "Lãnh đạo phường cam kết hỗ trợ kinh phí mua sắm trang phục, loa đài và tạo điều kiện về địa điểm để câu lạc bộ hoạt động lâu dài."),
   ("sig_bold", "Thảo Nguyên"),
  ]),
]

ANNOUNCEMENTS = [
 dict(key="t37", id=37, title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND quận tháng 4 năm 2024",
  so="95/TB-UBND", posted=D(2024, 4, 1, 8, 30), unit="Văn phòng HĐND và UBND quận",
  body=[
   ("p", "Thực hiện Luật Tiếp công dân và quy chế tiếp công dân của UBND quận, Văn phòng HĐND và UBND quận thông báo lịch tiếp công dân định kỳ trong tháng 4 năm 2024 như sau:"),
   ("table", [
    ["Thời gian", "Người tiếp", "Địa điểm"],
    ["Sáng thứ Năm, 11/4/2024", "Chủ tịch UBND quận", "Trụ sở Tiếp công dân quận"],
    ["Sáng thứ Năm, 25/4/2024", "Phó Chủ tịch UBND quận phụ trách đô thị", "Trụ sở Tiếp công dân quận"],
   ]),
   ("p", "Công dân đến đăng ký tiếp vui lòng mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh."),
   ("p", "Thời gian đăng ký từ 7 giờ 30 phút đến 9 giờ 30 phút của ngày tiếp công dân."),
  ],
  files=["95-TB-UBND-lich-tiep-cong-dan-T4-2024.pdf"]),
 dict(key="t41", id=41, title="Thông báo tuyển dụng viên chức làm việc tại các trường mầm non, tiểu học công lập năm 2024",
  so="112/TB-UBND", posted=D(2024, 4, 10, 15, 5), unit="Phòng Nội vụ quận",
  body=[
   ("p", "UBND quận Bình Giang thông báo tuyển dụng 38 chỉ tiêu viên chức giáo viên mầm non và tiểu học làm việc tại các trường công lập trực thuộc."),
   ("p", "Người đăng ký dự tuyển phải có đủ tiêu chuẩn về trình độ đào tạo theo quy định của Luật Giáo dục, có chứng chỉ bồi dưỡng nghiệp vụ sư phạm đối với người không tốt nghiệp chuyên ngành sư phạm."),
   ("ul", [
    "Giáo viên mầm non hạng III: 20 chỉ tiêu;",
    "Giáo viên tiểu học hạng III (văn hóa): 12 chỉ tiêu;",
    "Giáo viên tiểu học hạng III (tiếng Anh, tin học): 6 chỉ tiêu.",
   ]),
   ("p", "Hồ sơ nộp trực tiếp tại Phòng Nội vụ quận (tầng 2, trụ sở UBND quận) từ ngày ra thông báo đến hết ngày 10/5/2024, trong giờ hành chính các ngày làm việc."),
   ("p", "Chi tiết điều kiện, mẫu phiếu đăng ký và danh mục vị trí việc làm xem tại các tệp đính kèm dưới đây."),
  ],
  files=["112-TB-UBND-tuyen-dung-vien-chuc-2024.pdf", "Phu-luc-chi-tieu-tuyen-dung.xlsx", "Mau-phieu-dang-ky-du-tuyen.docx"]),
]

VANBAN = [
 ("Quyết định số 1185/QĐ-UBND", "19/04/2024", "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số quận"),
 ("Kế hoạch số 87/KH-UBND", "16/04/2024", "Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc"),
 ("Công văn số 942/UBND-VP", "12/04/2024", "Về việc tăng cường công tác phòng, chống nắng nóng"),
 ("Quyết định số 1067/QĐ-UBND", "05/04/2024", "Ban hành quy chế phối hợp quản lý trật tự xây dựng"),
 ("Chỉ thị số 03/CT-UBND", "28/03/2024", "Về tăng cường kỷ luật, kỷ cương hành chính"),
]

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
NEWS_BY = {a["key"]: a for a in NEWS}
SITE_COLL_ID = "7f1c2a4e-93b5-4d10-8c6e-2b9e5d71a0c3"
WEB_ID = "c0d9e6a1-44f2-4b7a-9f35-61e8a2b40d17"
PAGES_LIST = "{5a1e0b3c-7d22-4e61-a9f8-3c6b0d2e91f4}"
THONGBAO_LIST = "{e83b9d10-2f47-4c5a-b1d6-90a7c4e25b38}"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def collapse(s):
    return " ".join(nfc(s).split())


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def inline(s):
    """**bold** and ~~italic~~ -> HTML."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"~~(.+?)~~", r"<em>\1</em>", s)
    return s


def plain(s):
    return collapse(s.replace("**", "").replace("~~", ""))


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- dates

def ampm(d):
    h = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {h}:{d:%M} {'SA' if d.hour < 12 else 'CH'}"


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00") if d else None


def ddmmyyyy(d):
    return f"{d:%d/%m/%Y}"


def date_html(style, label, pub, upd):
    """Returns the header date markup for an article (integrator's layout)."""
    if style == "sa":
        lab = f'<span class="bgq-nhan">{esc(label)}</span> ' if label else ""
        out = f'<span class="bgq-ngaydang">{lab}{ampm(pub)}</span>'
        if upd:
            out += f'<span class="bgq-tach"> | </span><span class="bgq-capnhat">Cập nhật: {ampm(upd)}</span>'
        return out
    if style == "pipe":
        out = f'<span class="bgq-ngaydang">Ngày {ddmmyyyy(pub)} | {pub:%H:%M}</span>'
        if upd:
            out += f' <span class="bgq-capnhat">(Cập nhật: {ddmmyyyy(upd)} | {upd:%H:%M})</span>'
        return out
    if style == "thu":
        out = f'<span class="bgq-ngaydang">{WEEKDAYS[pub.weekday()]} - {ddmmyyyy(pub)} {pub:%H:%M}</span>'
        if upd:
            out += f'<br/><span class="bgq-capnhat">Cập nhật: {WEEKDAYS[upd.weekday()]} - {ddmmyyyy(upd)} {upd:%H:%M}</span>'
        return out
    if style == "capnhat":
        return f'<span class="bgq-ngaydang">{esc(label)} {ddmmyyyy(pub)}</span>'
    raise ValueError(style)


# ---------------------------------------------------------------- page chrome

SOD = ["strings.js", "sp.init.js", "sp.ui.dialog.js", "core.js", "menu.js", "mQuery.js",
       "callout.js", "clienttemplates.js", "sharing.js", "suitelinks.js", "clientrenderer.js",
       "srch.resources.resx", "ms.rte.js", "sp.runtime.js", "sp.js", "sp.core.js", "sp.ribbon.js",
       "sp.ui.rte.js", "cui.js", "inplview", "ribbon", "WPAdderClass", "profilebrowserscriptres.resx",
       "sp.ui.policy.resources.resx", "inplview.js", "datepicker.js", "followingcommon.js",
       "sp.ui.pub.ribbon.js", "sp.publishing.resources.resx", "sp.ui.rte.publishing.js",
       "SP.UI.SpellCheck.js", "offline.js", "dragdrop.js", "quicklaunch.js", "sp.ui.mysitecommon.js",
       "clientforms.js", "clientpeoplepicker.js", "autofill.js", "sp.search.js", "reputation.js"]


def sod_block(rng):
    lines = []
    for name in SOD:
        rev = base64.b64encode(rng.getrandbits(96).to_bytes(12, "big")).decode().rstrip("=").replace("/", "%2F").replace("+", "%2B")
        path = ("\\u002f_layouts\\u002f15\\u002f1066\\u002f" if name.endswith("resx") or name == "strings.js"
                else "\\u002f_layouts\\u002f15\\u002f") + name.replace(".resx", ".js")
        lines.append(f'RegisterSod("{name}", "{path}?rev={rev}%3D%3D");')
    lines.append('RegisterSodDep("sp.ui.dialog.js", "sp.init.js");')
    lines.append('RegisterSodDep("core.js", "strings.js");')
    lines.append('RegisterSodDep("sp.js", "sp.runtime.js");')
    lines.append('RegisterSodDep("sp.ribbon.js", "core.js");')
    lines.append('RegisterSodDep("sp.ui.rte.js", "sp.ui.dialog.js");')
    lines.append('RegisterSodDep("sp.ui.rte.publishing.js", "sp.ui.rte.js");')
    lines.append('RegisterSodDep("inplview", "sp.js");')
    return "\n".join(lines)


def viewstate(rng, n):
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    return "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIG" + base64.b64encode(raw).decode()


def context_info(path, item_id, list_id):
    p = path.replace("/", "\\u002f")
    return (
        'var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"'
        + HOST.replace("/", "\\u002f") + '",siteAbsoluteUrl:"' + HOST.replace("/", "\\u002f")
        + f'",serverRequestPath:"{p}",layoutsUrl:"_layouts\\u002f15",webTitle:"{SITE}",'
        'webTemplate:"53",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"\\u002fStyle Library\\u002fBGQ\\u002fimages\\u002flogo-bg.png",'
        'webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",'
        'clientServerTimeDelta:new Date("2024-04-22T01:12:33.4075312Z") - new Date(),'
        'siteClientTag:"1$$16.0.4690.1000",crossDomainPhotosEnabled:false,webUIVersion:15,'
        'webPermMasks:{High:16,Low:200769},'
        + (f'pageListId:"{list_id}",pageItemId:{item_id},' if list_id else "")
        + 'pagePersonalizationScope:1,alertsEnabled:true,customMarkupInCalculatedFieldDisabled:true,'
        f'siteServerRelativeUrl:"\\u002f",allowSilverlightPrompt:\'True\',siteId:"{{{SITE_COLL_ID}}}",webId:"{{{WEB_ID}}}"}};'
    )


TOPNAV = [
    ("Trang chủ", "/"),
    ("Giới thiệu", "/Pages/gioi-thieu.aspx"),
    ("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx"),
    ("Thông báo", "/Lists/ThongBao/AllItems.aspx"),
    ("Lịch công tác", "/Pages/lich-cong-tac.aspx"),
    ("Hỏi đáp", "/Pages/hoi-dap-truc-tuyen.aspx"),
    ("Liên hệ", "/Pages/lien-he.aspx"),
]
SUBNAV = [
    ("Kinh tế", "/tin-tuc/Pages/default.aspx?cm=kinh-te"),
    ("Văn hóa - Xã hội", "/tin-tuc/Pages/default.aspx?cm=van-hoa-xa-hoi"),
    ("Đô thị", "/tin-tuc/Pages/default.aspx?cm=do-thi"),
    ("Cải cách hành chính", "/tin-tuc/Pages/default.aspx?cm=cai-cach-hanh-chinh"),
    ("Quốc phòng - An ninh", "/tin-tuc/Pages/default.aspx?cm=quoc-phong-an-ninh"),
    ("Hoạt động HĐND", "/tin-tuc/Pages/default.aspx?cm=hoat-dong-hdnd"),
    ("Tài nguyên - Môi trường", "/tin-tuc/Pages/default.aspx?cm=tai-nguyen-moi-truong"),
]
LOGIN_URL = "/_forms/default.aspx?ReturnUrl=%2f_layouts%2f15%2fAuthenticate.aspx%3fSource%3d%252F&Source=%2F"
SEARCH_URL = "/Pages/tim-kiem.aspx?k=" + quote("cải cách hành chính")


def topnav(active):
    items = []
    for text, href in TOPNAV:
        sel = " selected" if href == active else ""
        sub = ""
        if text == "Tin tức - Sự kiện":
            sub = '<ul class="dynamic">' + "".join(
                f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{attr(h)}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(t)}</span></span></a></li>'
                for t, h in SUBNAV) + "</ul>"
        items.append(
            f'<li class="static{sel}"><a class="static{sel} menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" '
            f'href="{attr(href)}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(text)}</span></span></a>{sub}</li>')
    return ('<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">'
            '<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">'
            '<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">' + "".join(items) +
            '</ul></div></div>')


def breadcrumb(trail):
    parts = []
    for i, (t, h) in enumerate(trail):
        if i:
            parts.append('<span class="bgq-bc-sep"> › </span>')
        if h:
            parts.append(f'<span><a class="ms-sitemapdirectional" href="{attr(h)}">{esc(t)}</a></span>')
        else:
            parts.append(f'<span class="ms-sitemapdirectional bgq-bc-current">{esc(t)}</span>')
    return ('<div class="bgq-breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">'
            + "".join(parts) + '</span></div>')


def wp(title, inner, wpq, rng, extra_cls=""):
    wid = guid(rng)
    head = ""
    if title:
        head = (f'<div class="ms-webpart-chrome-title" id="WebPart{wpq}_ChromeTitle"><span title="{attr(title)}" '
                f'id="WebPartTitle{wpq}" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText">'
                f'<nobr><span>{esc(title)}</span><span id="WebPartCaption{wpq}"></span></nobr></h2></span></div>')
    return (f'<div id="MSOZoneCell_WebPart{wpq}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth {extra_cls}">'
            f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">{head}'
            f'<div webpartid="{wid}" haspers="false" id="WebPart{wpq}" width="100%" class="ms-WPBody noindex " allowdelete="false" style="">'
            f'<div class="ms-rtestate-field">{inner}</div><div class="ms-clear"></div></div></div></div>'
            '<div class="ms-PartSpacingVertical"></div>')


def sidebar(rng):
    vb = "".join(
        f'<li class="bgq-vb-item"><a href="/VanBan/Pages/chi-tiet.aspx?so={quote(so.split("số ")[-1])}" title="{attr(t)}">'
        f'<span class="bgq-vb-so">{esc(so)}</span></a><div class="bgq-vb-trich">{esc(t)}</div>'
        f'<div class="bgq-vb-ngay">Ngày ban hành: {d}</div></li>' for so, d, t in VANBAN)
    vanban = f'<ul class="bgq-vanban">{vb}</ul><div class="bgq-xemtiep"><a href="/VanBan/Pages/default.aspx">Xem tất cả văn bản »</a></div>'
    links = ('<select class="bgq-lienket" onchange="if(this.value!=\'\')window.open(this.value);" title="Liên kết website">'
             '<option value="">-- Liên kết website --</option>'
             '<optgroup label="Chính phủ"><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>'
             '<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></optgroup>'
             '<optgroup label="Thành phố"><option value="https://haidong.gov.vn">Cổng TTĐT thành phố Hải Đông</option>'
             '<option value="https://dichvucong.haidong.gov.vn">Cổng Dịch vụ công thành phố</option></optgroup>'
             '<optgroup label="Sở, ban, ngành"><option value="https://stc.haidong.gov.vn">Sở Tài chính</option>'
             '<option value="https://sxd.haidong.gov.vn">Sở Xây dựng</option><option value="https://snv.haidong.gov.vn">Sở Nội vụ</option></optgroup>'
             '<optgroup label="UBND quận, huyện"><option value="https://anthanh.haidong.gov.vn">Quận An Thành</option>'
             '<option value="https://songlam.haidong.gov.vn">Huyện Sông Lam</option></optgroup></select>')
    poll = ('<div class="bgq-thamdo"><div class="bgq-thamdo-cauhoi">Bạn đánh giá thế nào về chất lượng phục vụ của Bộ phận Một cửa quận?</div>'
            '<ul class="bgq-thamdo-ds">'
            + "".join(f'<li><input type="radio" name="ctl00$g_poll$rdoLuaChon" id="rdoPoll{i}" value="{i}"/><label for="rdoPoll{i}">{esc(t)}</label></li>'
                      for i, t in enumerate(["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"], 1))
            + '</ul><input type="submit" name="ctl00$g_poll$btnBinhChon" value="Bình chọn" class="bgq-btn"/> '
            '<input type="submit" name="ctl00$g_poll$btnKetQua" value="Xem kết quả" class="bgq-btn"/></div>')
    counter = ('<table class="bgq-thongke"><tr><td>Đang truy cập:</td><td class="bgq-so">247</td></tr>'
               '<tr><td>Hôm nay:</td><td class="bgq-so">3.918</td></tr>'
               '<tr><td>Tháng hiện tại:</td><td class="bgq-so">96.402</td></tr>'
               '<tr><td>Tổng lượt truy cập:</td><td class="bgq-so">5.284.117</td></tr></table>')
    banners = ('<div class="bgq-banner"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Style Library/BGQ/images/banner-dvc-quocgia.png" alt="Cổng Dịch vụ công quốc gia"/></a></div>'
               '<div class="bgq-banner"><a href="https://dichvucong.haidong.gov.vn" target="_blank"><img src="/Style Library/BGQ/images/banner-dvc-thanhpho.png" alt="Dịch vụ công trực tuyến thành phố"/></a></div>'
               '<div class="bgq-banner"><a href="/Pages/hoi-dap-truc-tuyen.aspx"><img src="/Style Library/BGQ/images/banner-hoidap.png" alt="Hỏi đáp trực tuyến"/></a></div>')
    return ('<div class="bgq-cot-phai"><div class="ms-webpart-zone ms-fullWidth">'
            + wp(None, banners, "WPQ11", rng)
            + wp("Văn bản mới", vanban, "WPQ12", rng)
            + wp("Liên kết website", links, "WPQ13", rng)
            + wp("Thăm dò ý kiến", poll, "WPQ14", rng)
            + wp("Thống kê truy cập", counter, "WPQ15", rng)
            + '</div></div>')


def footer():
    return ('<div class="bgq-footer"><div class="bgq-footer-menu">'
            + " | ".join(f'<a href="{attr(h)}">{esc(t)}</a>' for t, h in
                         [("Trang chủ", "/"), ("Giới thiệu", "/Pages/gioi-thieu.aspx"), ("Sơ đồ cổng", "/Pages/so-do-cong.aspx"),
                          ("Liên hệ", "/Pages/lien-he.aspx"), ("Đăng nhập", LOGIN_URL)])
            + '</div><div class="bgq-footer-noidung"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN BÌNH GIANG</strong></p>'
            '<p>Cơ quan chủ quản: Ủy ban nhân dân quận Bình Giang, thành phố Hải Đông</p>'
            '<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND quận</p>'
            '<p>Địa chỉ: Số 18 đường Trần Nhân Tông, phường An Thượng, quận Bình Giang - Điện thoại: 0236 3811 200 - Email: ubnd@binhgiang.haidong.gov.vn</p>'
            '<p>Giấy phép số 41/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 14/08/2019.</p>'
            '<p>Ghi rõ nguồn “Cổng thông tin điện tử quận Bình Giang” khi phát hành lại thông tin từ nguồn này.</p></div>'
            '<div class="bgq-tinnhiem"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/binhgiang" target="_blank" title="Chứng nhận Tín Nhiệm Mạng">'
            '<img src="/Style Library/BGQ/images/tinnhiemmang.png" alt="Chứng nhận Tín Nhiệm Mạng" width="150"/></a></div></div>')


def header():
    d = TODAY
    return ('<div class="bgq-header"><div class="bgq-header-top"><span class="bgq-homnay">'
            f'{WEEKDAYS[d.weekday()]}, {ddmmyyyy(d)}</span>'
            '<span class="bgq-header-links"><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/rss/Pages/default.aspx">RSS</a> | '
            '<a href="/en/Pages/default.aspx" lang="en">English</a></span></div>'
            '<div class="bgq-banner-top"><a href="/" id="ctl00_onetidProjectPropertyTitleGraphic">'
            '<img id="ctl00_onetidHeadbnnr2" src="/Style Library/BGQ/images/logo-bg.png" alt="Cổng thông tin điện tử quận Bình Giang"/></a>'
            '<div class="bgq-tencong"><div class="bgq-tencong-1">CỔNG THÔNG TIN ĐIỆN TỬ</div>'
            '<div class="bgq-tencong-2">QUẬN BÌNH GIANG</div></div>'
            '<div class="bgq-timkiem" id="DeltaPlaceHolderSearchArea"><div id="SearchBox" name="Control">'
            '<div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv">'
            '<input type="text" value="Tìm kiếm tin tức" maxlength="2048" title="Tìm kiếm tin tức" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText"/>'
            '<a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="EnsureScriptFunc(\'Search.ClientControls.js\', \'Srch.U\', function() {$find(\'ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr\').search($get(\'ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox\').value);})" href="javascript: {}">'
            '<img src="/_layouts/15/images/searchresultui.png?rev=44" class="ms-srch-sb-searchImg" id="searchImg" alt="Tìm kiếm"/></a></div></div></div>'
            '</div></div>')


def ribbon(path):
    return ('<div id="ms-designer-ribbon"><div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">'
            '<a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById(\'linkTurnOffAcc\').focus();return false;">Turn on more accessible mode</a></div>'
            '<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">'
            '<a id="linkTurnOffAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById(\'linkTurnOnAcc\').focus();return false;">Turn off more accessible mode</a></div>'
            '<div class="s4-notdlg s4-skipribbonshortcut noindex"><a href="javascript:;" onclick="document.getElementById(\'startNavigation\').focus();" class="ms-accessible ms-acc-button" accesskey="/">Skip Ribbon Commands</a></div>'
            '<div class="s4-notdlg noindex"><a href="javascript:;" onclick="document.getElementById(\'mainContent\').focus();" class="ms-accessible ms-acc-button">Skip to main content</a></div>'
            '<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox" class="noindex"><div id="ribbonBox">'
            '<div id="s4-ribboncont"><div id="DeltaSPRibbon"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2">'
            '<div id="RibbonContainer-TabRowLeft" class="ms-cui-TabRowLeft ms-core-defaultFont ms-dialogHidden"></div>'
            '<div id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg ms-core-defaultFont">'
            f'<a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source={quote(path, safe="")}&amp;Type=Anonymous" style="display:inline;">Đăng nhập</a>'
            '</div></div></div></div></div><span id="DeltaSPNavigation"></span></div>'
            '<div id="DeltaWebPartAdderUpdatePanelContainer" class="ms-core-webpartadder"><div id="WebPartAdderUpdatePanelContainer"></div></div>'
            '</div></div><div id="notificationArea" class="ms-notif-box"></div><div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div></div>')


CSS = """
.bgq-wrap{width:1200px;margin:0 auto;background:#fff}.bgq-header{background:url('/Style Library/BGQ/images/header-bg.jpg') no-repeat;height:170px}
.bgq-header-top{background:#8b0000;color:#fff;font-size:12px;padding:4px 10px}.bgq-tencong-1{font-size:20px;color:#fff}.bgq-tencong-2{font-size:30px;font-weight:bold;color:#ffeb3b}
.bgq-cot-trai{float:left;width:860px}.bgq-cot-phai{float:right;width:320px}.bgq-h1{font-size:22px;color:#a40000;line-height:1.35}
.bgq-chitiet-thongtin{color:#777;font-size:12px;border-bottom:1px dotted #ccc;padding:5px 0}.bgq-tomtat{font-weight:bold;margin:10px 0}
.bgq-noidung p{text-align:justify;margin:0 0 10px}.bgq-anh td{text-align:center}.bgq-tinkhac li{padding:3px 0}.bgq-ngay{color:#999;font-size:11px}
.bgq-footer{background:#8b0000;color:#fff;padding:15px;clear:both}.bgq-footer a{color:#fff}.bgq-thongke td{padding:2px 5px}
.ms-rteImage-2{margin:5px}.bgq-phantrang a,.bgq-phantrang span{padding:3px 7px;border:1px solid #ddd;margin:0 2px}
"""


def page(*, path, title, main, trail, rng, item_id=None, list_id=None, active="/", vs=18000, description=None):
    """Full SharePoint 2016 classic page around `main` (DeltaPlaceHolderMain content)."""
    digest = "0x" + "".join(rng.choice("0123456789ABCDEF") for _ in range(128)) + ",22 Apr 2024 01:12:33 -0000"
    ctx = context_info(path, item_id, list_id)
    desc = f'<meta name="description" content="{attr(description)}" />' if description else ""
    return f"""<!DOCTYPE html >
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />{desc}<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	{esc(title)} - {esc(SITE)}
</title><link rel="shortcut icon" href="/Style Library/BGQ/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VY%2BwyEmZ4VeBNMq6%2BgwRaA%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BGQ/css/bgq-main.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/BGQ/css/bgq-tintuc.css"/>
<style type="text/css">{CSS}</style>
<script type="text/javascript" src="/_layouts/15/1066/initstrings.js?rev=ZP8cpbzWmpJOrMbI7HAMKw%3D%3D"></script>
<script type="text/javascript" src="/_layouts/15/init.js?rev=OX1oSOmrP%2Bw9yb5uh8Vw9A%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvhS1U4PcKRQ4Q1bHj9w5bT7X3eAH1y0Xw7RzSYeEIbt1Xm4a2r3Q0DxLQd0B2lKj8nUOaR0xQ1&amp;t=ffffffffe6d5a9ac"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/BGQ/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/BGQ/js/bgq-main.js"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=ZP8cpbzWmpJOrMbI7HAMKw\\u00253D\\u00253D");</script>
<script type="text/javascript">
//<![CDATA[
{sod_block(rng)}
//]]>
</script>
<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />
<link rel="canonical" href="{HOST}{attr(path)}" />
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=44" />
<img src="/_layouts/15/images/spcommon.png?rev=44" />
</div>
<form method="post" action="{attr(path)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest}" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, vs)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{guid(rng)}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;
{ctx}
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
Flighting.ExpFeatures = [480215056,1880287568,1561350208,302071836,3212816,69472768,4194310,-2113396707,268502022,-872284160,1049232,-2147421952,65536,65536,2097472,917504,-2147474174,1372324107,67108882,0,0,-2147483648,2097152,0,0,32768,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,32768]; (function()
{{
    if(typeof(window.SP) == "undefined") window.SP = {{}};
    if(typeof(window.SP.YammerSwitch) == "undefined") window.SP.YammerSwitch = {{}};
    var ysObj = window.SP.YammerSwitch;
    ysObj.IsEnabled = false;
    ysObj.TargetYammerHostName = "www.yammer.com";
}} )();//]]>
</script>
<div id="TurnOnAccessibility" style="display:none"></div>
{ribbon(path)}
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="bgq-wrap">
{header()}
<div class="bgq-menu">{topnav(active)}</div>
<div class="bgq-marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng kỷ niệm 49 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2024) và Ngày Quốc tế Lao động 1/5</marquee></div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList" style="display:none"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation"></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div class="bgq-cot-trai">
{breadcrumb(trail)}
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div>
</div>
{sidebar(rng)}
<div class="ms-clear"></div>
</div>
</div>
{footer()}
</div>
</div>
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 360)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.SPThemeUtils && SPThemeUtils.RegisterCssReferences([{{"Url":"\\u002f_layouts\\u002f15\\u002f1066\\u002fstyles\\u002fThemable\\u002fcorev15.css?rev=VY\\u00252BwyEmZ4VeBNMq6\\u00252BgwRaA\\u00253D\\u00253D","OriginalUrl":"\\u002f_layouts\\u002f15\\u002f1066\\u002fstyles\\u002fThemable\\u002fcorev15.css?rev=VY\\u00252BwyEmZ4VeBNMq6\\u00252BgwRaA\\u00253D\\u00253D","Id":"CssLink","ConditionalExpression":"","After":"","RevealToNonIE":"false"}}]);
var L_Menu_BaseUrl="";
ExecuteOrDelayUntilScriptLoaded(
function()
{{
  var initInfo =
  {{
    itemPermMasks: {{High:16,Low:200769}},
    listPermMasks: {{High:16,Low:200769}},
    listId: "{list_id or PAGES_LIST}",
    itemId: {item_id or 1},
    workflowsAssociated: false,
    editable: false,
    doNotShowProperties: false,
    enableVersioning: true
  }};
  SP.Ribbon.DocLibAspxPageSelectionState.initializeListProperties(initInfo);
}},
'sp.ribbon.js');
var g_disableCheckoutInEditMode = false;
var _spWebPermMasks = {{High:16,Low:200769}};
WebForm_InitCallback();var _spPageContextInfo_Bgq = {{ "today": "{TODAY:%Y-%m-%d}" }};
$(function(){{ if(window.Bgq){{ Bgq.init({{ fontSize: true, print: true }}); }} }});
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
</body>
</html>
"""


# ---------------------------------------------------------------- article bodies

def img_url(src):
    return HOST + quote(src)


def render_blocks(blocks, rng, related_lookup):
    """Rich-text body HTML plus the truth pieces derived from the same blocks."""
    out, paras, images, sig_authors, sig_unit = [], [], [], [], None
    nb = 0
    for b in blocks:
        kind = b[0]
        if kind == "p":
            nb += 1
            tail = "&#160;" if nb % 3 == 0 else ""
            out.append(f"<p>{inline(b[1])}{tail}</p>")
            paras.append(plain(b[1]))
            if nb == 2:
                out.append("<p>&#160;</p>")
        elif kind == "br":
            out.append('<div style="text-align:justify;">' + "<br/>".join(esc(x) for x in b[1]) + "<br/></div>")
            paras.extend(collapse(x) for x in b[1])
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{inline(x)}</li>" for x in b[1]) + f"</{kind}>")
            paras.extend(plain(x) for x in b[1])
        elif kind == "table":
            rows = b[1]
            trs = []
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                cls = "ms-rteTableHeaderRow-default" if i == 0 else ("ms-rteTableOddRow-default" if i % 2 else "ms-rteTableEvenRow-default")
                trs.append(f'<tr class="{cls}">' + "".join(
                    f'<{tag} class="ms-rteTable{"Header" if i == 0 else ""}{"First" if j == 0 else "Other"}Col-default" rowspan="1" colspan="1" style="width:25%;">{esc(c)}</{tag}>'
                    for j, c in enumerate(r)) + "</tr>")
            out.append('<table class="ms-rteTable-default" width="100%" cellspacing="0" style="width:100%;"><tbody>' + "".join(trs) + "</tbody></table>")
            paras.extend(" | ".join(collapse(c) for c in r) for r in rows)
        elif kind == "img_table":
            _, src, cap, credit, mode = b
            alt = src.rsplit("/", 1)[-1]
            if credit and mode == "line":
                captxt = f"<em>{esc(cap)}</em><br/><em>{esc(credit)}</em>"
            elif credit:
                captxt = f"<em>{esc(cap)} {esc(credit)}</em>"
            else:
                captxt = f"<em>{esc(cap)}</em>"
            out.append('<table class="bgq-anh" align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px;"><tbody>'
                       f'<tr><td style="text-align:center;"><img alt="{attr(alt)}" src="{attr(quote(src))}" style="width:600px;height:400px;"/></td></tr>'
                       f'<tr><td class="bgq-anh-chuthich" style="text-align:center;">{captxt}</td></tr></tbody></table>')
            images.append({"src": img_url(src), "caption": collapse(cap), "credit": credit})
        elif kind == "img_rte":
            _, src, cap, credit = b
            out.append(f'<p style="text-align:center;"><img class="ms-rteImage-2" alt="" src="{attr(quote(src))}" style="margin:5px;width:600px;"/>&#160;</p>')
            captxt = esc(cap) + (f" ({esc(credit)})" if credit else "")
            out.append(f'<p class="ms-rteElement-P" style="text-align:center;"><em>{captxt}</em></p>')
            images.append({"src": img_url(src), "caption": collapse(cap), "credit": credit})
        elif kind == "related_in":
            lis = "".join(
                f'<li><a href="/tin-tuc/Pages/{related_lookup[k]["slug"]}.aspx">{esc(related_lookup[k]["title"])}</a> '
                f'<span class="bgq-ngay">({ddmmyyyy(related_lookup[k]["date"][2])})</span></li>' for k in b[1])
            out.append('<div class="bgq-tinlienquan-trong" style="border:1px solid #ddd;padding:5px 10px;width:280px;float:right;margin:0 0 10px 10px;">'
                       f'<p><strong>Tin liên quan</strong></p><ul>{lis}</ul></div>')
        elif kind == "sig_bold":
            out.append(f'<p style="text-align:right;"><strong>{esc(b[1])}</strong></p>')
            sig_authors.append(collapse(b[1]))
        elif kind == "sig_office":
            out.append(f'<p style="text-align:right;"><strong>{esc(b[1])}</strong></p>')
            sig_unit = collapse(b[1])
        elif kind == "sig_source":
            out.append(f'<p style="text-align:right;"><em>Nguồn: {esc(b[1])}</em></p>')
            sig_unit = collapse(b[1])
        else:
            raise ValueError(kind)
    return "".join(out), paras, images, sig_authors, sig_unit


def tin_khac(exclude, rng, title="Tin khác", n=6):
    others = sorted([a for a in NEWS if a["key"] != exclude], key=lambda a: a["date"][2], reverse=True)[:n]
    lis = "".join(f'<li><a href="/tin-tuc/Pages/{a["slug"]}.aspx" title="{attr(a["title"])}">{esc(a["title"])}</a> '
                  f'<span class="bgq-ngay">({ddmmyyyy(a["date"][2])})</span></li>' for a in others)
    return wp(title, f'<ul class="bgq-tinkhac">{lis}</ul>', "WPQ5", rng)


def write(name, url, kind, html_text, expected=None):
    meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.html").write_bytes(nfc(html_text).encode("utf-8"))
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def news_page(a, idx):
    rng = random.Random(f"news-{a['key']}")
    path = f"/tin-tuc/Pages/{a['slug']}.aspx"
    style, label, pub, upd = a["date"]
    body_html, paras, images, sig_authors, sig_unit = render_blocks(a["body"], rng, NEWS_BY)
    lead_kind, lead_text = a["lead"]
    lead_plain = collapse(lead_text)
    shown_lead = (a["prefix"] + " " + lead_text) if a["prefix"] else lead_text
    summary = ""
    if lead_kind == "field":
        summary = ('<div class="bgq-tomtat"><span id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Tóm tắt</span>'
                   '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" '
                   f'aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">{esc(shown_lead)}</div></div>')
    else:
        body_html = f"<p><strong>{esc(shown_lead)}</strong></p>" + body_html
    authors = list(sig_authors)
    author_html = ""
    if a["author_field"]:
        authors.insert(0, a["author_field"])
        author_html = f'<span class="bgq-tach"> | </span><span class="bgq-tacgia">Tác giả: <b>{esc(a["author_field"])}</b></span>'
    views = 300 + (a["item"] * 37) % 2500
    info = (f'<div class="bgq-chitiet-thongtin">{date_html(style, label, pub, upd)}'
            f'{author_html}<span class="bgq-tach"> | </span><span class="bgq-luotxem">Lượt xem: {views:,}</span>'.replace(",", ".")
            + '<span class="bgq-congcu"><a href="javascript:window.print();" class="bgq-in" title="In trang">In trang</a>'
            f'<a href="mailto:?subject={quote(a["title"])}&amp;body={quote(HOST + path)}" class="bgq-guimail" title="Gửi email">Gửi email</a>'
            '<a href="javascript:Bgq.fontSize(-1);" class="bgq-co">A-</a><a href="javascript:Bgq.fontSize(1);" class="bgq-co">A+</a></span></div>')
    related = ""
    if a["key"] in ("n9", "n1", "n7"):
        rel = {"n9": ["n1", "n4"], "n1": ["n9", "n5"], "n7": ["n4", "n2"]}[a["key"]]
        lis = "".join(f'<li><a href="/tin-tuc/Pages/{NEWS_BY[k]["slug"]}.aspx">{esc(NEWS_BY[k]["title"])}</a> '
                      f'<span class="bgq-ngay">- {ddmmyyyy(NEWS_BY[k]["date"][2])}</span></li>' for k in rel)
        related = wp("Tin liên quan", f'<ul class="bgq-tinlienquan">{lis}</ul>', "WPQ4", rng)
    main = (
        '<div class="ms-webpart-zone ms-fullWidth"><div class="bgq-chitiet article article-left">'
        '<div class="bgq-chitiet-tieude"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_TextField" class="ms-rtestate-field" style="display:inline">'
        f'<h1 class="bgq-h1">{esc(a["title"])}</h1></div></div>'
        f'{info}{summary}'
        '<div class="bgq-noidung"><span id="ctl00_PlaceHolderMain_ctl03_label" style="display:none">Nội dung trang</span>'
        '<div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" '
        f'aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">\u200b{body_html}</div></div>'
        '<div class="bgq-chiase"><a href="https://www.facebook.com/sharer/sharer.php?u=' + quote(HOST + path) + '" target="_blank" class="bgq-fb">Chia sẻ</a>'
        '<a href="javascript:history.back();" class="bgq-quaylai">Quay lại</a></div>'
        '</div></div><div class="ms-webpart-zone ms-fullWidth">'
        + related + tin_khac(a["key"], rng) + '</div>')
    trail = [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx"),
             (a["cat"], f"/tin-tuc/Pages/default.aspx?cm={a['catslug']}")]
    doc = page(path=path, title=a["title"], main=main, trail=trail, rng=rng, item_id=a["item"],
               list_id=PAGES_LIST, active="/tin-tuc/Pages/default.aspx", vs=17000 + idx * 1300,
               description=lead_text)
    expected = {
        "title": collapse(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": lead_plain,
        "text": "\n\n".join(paras),
        "published_at": iso(pub),
        "updated_at": iso(upd),
        "date_label": label.rstrip(":") if label else None,
        "authors": authors,
        "unit": sig_unit,
        "images": images,
        "category": a["cat"],
    }
    write(f"tin-{idx:02d}-{a['key']}", path, "article", doc, expected)


def announcement_page(t, idx):
    rng = random.Random(f"tb-{t['id']}")
    path = f"/Lists/ThongBao/DispForm.aspx?ID={t['id']}"
    body_html, paras, images, _, _ = render_blocks(t["body"], rng, NEWS_BY)

    def row(label, internal, ftype, value, width="113px"):
        return ('<tr><td nowrap="true" valign="top" width="' + width + '" class="ms-formlabel"><h3 class="ms-standardheader">'
                f'<a name="SPBookmark_{internal}"></a>{esc(label)}</h3></td><td valign="top" class="ms-formbody" width="350px" id="SPField{ftype}">'
                f'<!-- FieldName="{label}"\n\t\t\t FieldInternalName="{internal}"\n\t\t\t FieldType="SPField{ftype}"\n\t\t -->{value}</td></tr>')
    files = "".join(f'<tr><td class="ms-vb"><span dir="ltr"><a href="/Lists/ThongBao/Attachments/{t["id"]}/{quote(f)}">{esc(f)}</a></span></td></tr>'
                    for f in t["files"])
    created = ampm(t["posted"])
    form = (
        '<div class="bgq-thongbao-tieude"><h2 class="bgq-h2">THÔNG BÁO</h2></div>'
        '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">'
        '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth "><div webpartid="' + guid(rng) + '" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex " onlyformepart="true" allowdelete="false" style="">'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="ms-formtoolbar"><tr><td width="99%" class="ms-toolbar" nowrap="nowrap"><img src="/_layouts/15/images/blank.gif?rev=44" width="1" height="18" alt=""/></td>'
        '<td class="ms-toolbar" nowrap="nowrap"><table cellpadding="0" cellspacing="0" width="100%"><tr><td align="right" width="100%" nowrap="nowrap">'
        '<input type="button" name="ctl00$ctl41$g_' + guid(rng).replace("-", "_") + '$ctl00$toolBarTbltop$RightRptControls$ctl01$ctl00$diidIOGoBack" value="Đóng" onclick="STSNavigate(\'\\u002fLists\\u002fThongBao\\u002fAllItems.aspx\');return false;" class="ms-ButtonHeightWidth" accesskey="C"/></td></tr></table></td></tr></table>'
        '<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">'
        + row("Tiêu đề", "Title", "Text", esc(t["title"]))
        + row("Số ký hiệu", "SoKyHieu", "Text", esc(t["so"]))
        + row("Ngày đăng", "NgayDang", "DateTime", created)
        + row("Cơ quan ban hành", "CoQuanBanHanh", "Choice", esc(t["unit"]))
        + row("Nội dung", "NoiDung", "Note", f'<div dir="" class="ms-rtestate-field">\u200b{body_html}</div>')
        + '<tr id="idAttachmentsRow"><td nowrap="true" valign="top" class="ms-formlabel" width="20%"><h3 class="ms-standardheader"><a name="SPBookmark_Attachments"></a>Tệp đính kèm</h3></td>'
        f'<td valign="top" class="ms-formbody" width="80%"><table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable">{files}</table></td></tr>'
        '</table>'
        '<table cellpadding="0" cellspacing="0" class="ms-formtoolbar" width="100%" style="margin-top:8px"><tr><td class="ms-descriptiontext" nowrap="nowrap" id="onetidinfoblock1">'
        f'<span id="ctl00_ctl41_g_CreatedModifiedInfo_ctl00">Được tạo vào {created}&#160; bởi <span class="ms-imnSpan"><a href="#" class="ms-subtleLink">Quản trị cổng</a></span></span><br/>'
        f'<span id="ctl00_ctl41_g_CreatedModifiedInfo_ctl01">Được sửa đổi lần cuối vào {created}&#160; bởi <span class="ms-imnSpan"><a href="#" class="ms-subtleLink">Quản trị cổng</a></span></span></td>'
        '<td width="99%" class="ms-toolbar" nowrap="nowrap"></td><td class="ms-toolbar" nowrap="nowrap" align="right"><input type="button" value="Đóng" class="ms-ButtonHeightWidth" onclick="STSNavigate(\'\\u002fLists\\u002fThongBao\\u002fAllItems.aspx\');return false;"/></td></tr></table>'
        '</div></div></div></div>'
        '<div class="ms-webpart-zone ms-fullWidth">' + wp("Thông báo khác", '<ul class="bgq-tinkhac">' + "".join(
            f'<li><a href="/Lists/ThongBao/DispForm.aspx?ID={o["id"]}">{esc(o["title"])}</a> <span class="bgq-ngay">({ddmmyyyy(o["posted"])})</span></li>'
            for o in ANNOUNCEMENTS if o is not t) + '<li><a href="/Lists/ThongBao/DispForm.aspx?ID=33">Thông báo kết luận của Chủ tịch UBND quận tại buổi làm việc với phường Tân Lập</a> <span class="bgq-ngay">(18/03/2024)</span></li></ul>', "WPQ5", rng)
        + tin_khac(None, rng, "Tin mới", 5) + '</div>')
    trail = [("Trang chủ", "/"), ("Thông báo", "/Lists/ThongBao/AllItems.aspx")]
    doc = page(path=path, title=f"Thông báo - {t['title']}", main=form, trail=trail, rng=rng, item_id=t["id"],
               list_id=THONGBAO_LIST, active="/Lists/ThongBao/AllItems.aspx", vs=24000 + idx * 900)
    expected = {
        "title": collapse(t["title"]), "agency_prefix": None, "lead": None,
        "text": "\n\n".join(paras), "published_at": iso(t["posted"]), "updated_at": None,
        "date_label": "Ngày đăng", "authors": [], "unit": collapse(t["unit"]), "images": images,
        "category": "Thông báo",
    }
    write(f"thongbao-{t['id']}", path, "article", doc, expected)


# ---------------------------------------------------------------- non-article pages

def news_item_html(a, cls="bgq-ds-item"):
    style, label, pub, upd = a["date"]
    return (f'<li class="dfwp-item {cls}"><div class="item"><div class="image-area-left"><a href="/tin-tuc/Pages/{a["slug"]}.aspx">'
            f'<img class="image" src="{attr(quote(a["thumb"]))}" alt="{attr(a["thumb"].rsplit("/", 1)[-1])}" width="160"/></a></div>'
            f'<div class="link-item"><a href="/tin-tuc/Pages/{a["slug"]}.aspx" title="{attr(a["title"])}">{esc(a["title"])}</a>'
            f'<span class="bgq-ngay"> ({ddmmyyyy(pub)})</span></div>'
            f'<div class="description">{esc(a["lead"][1][:180].rsplit(" ", 1)[0])}...</div></div></li>')


def home():
    rng = random.Random("home")
    news = sorted(NEWS, key=lambda a: a["date"][2], reverse=True)
    top = news[0]
    feat = (f'<div class="bgq-noibat"><a href="/tin-tuc/Pages/{top["slug"]}.aspx"><img src="{attr(quote(top["thumb"].replace("-thumb", "-01")))}" alt="" width="480"/></a>'
            f'<h3><a href="/tin-tuc/Pages/{top["slug"]}.aspx">{esc(top["title"])}</a></h3><p>{esc(top["lead"][1])}</p></div>'
            '<ul class="bgq-noibat-ds">' + "".join(
                f'<li><a href="/tin-tuc/Pages/{a["slug"]}.aspx">{esc(a["title"])}</a></li>' for a in news[1:5]) + '</ul>')
    listing = '<ul class="dfwp-column dfwp-list" style="width:100%">' + "".join(news_item_html(a) for a in news) + '</ul>'
    listing += '<div class="bgq-xemtiep"><a href="/tin-tuc/Pages/default.aspx">Xem thêm tin tức »</a></div>'
    tb = '<ul class="bgq-thongbao-ds">' + "".join(
        f'<li><a href="/Lists/ThongBao/DispForm.aspx?ID={t["id"]}">{esc(t["title"])}</a> <span class="bgq-ngay">({ddmmyyyy(t["posted"])})</span></li>'
        for t in ANNOUNCEMENTS) + '</ul><div class="bgq-xemtiep"><a href="/Lists/ThongBao/AllItems.aspx">Xem tất cả thông báo »</a></div>'
    quick = ('<ul class="bgq-truycapnhanh">'
             '<li><a href="/Pages/gioi-thieu.aspx">Tổng quan quận Bình Giang</a></li>'
             '<li><a href="/Pages/lich-cong-tac.aspx">Lịch công tác tuần của lãnh đạo quận</a></li>'
             '<li><a href="/Pages/hoi-dap-truc-tuyen.aspx">Gửi câu hỏi, phản ánh kiến nghị</a></li>'
             '<li><a href="/Pages/lien-he.aspx">Danh bạ điện thoại các cơ quan</a></li>'
             '<li><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng thông tin</a></li></ul>'
             f'<div class="bgq-tukhoa">Từ khóa nổi bật: <a href="{SEARCH_URL}">cải cách hành chính</a>, '
             '<a href="/Pages/tim-kiem.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91">chuyển đổi số</a></div>'
             f'<div class="bgq-dangnhap"><a href="{LOGIN_URL}">Đăng nhập hệ thống quản trị</a></div>')
    main = ('<div class="ms-webpart-zone ms-fullWidth">'
            + wp("Tin nổi bật", feat, "WPQ2", rng)
            + wp("Tin tức - Sự kiện", listing, "WPQ3", rng)
            + wp("Thông báo", tb, "WPQ4", rng)
            + wp("Truy cập nhanh", quick, "WPQ6", rng) + '</div>')
    doc = page(path="/", title="Trang chủ", main=main, trail=[("Trang chủ", None)], rng=rng, item_id=1,
               list_id=PAGES_LIST, active="/", vs=26000)
    write("index", "/", "listing", doc)


def pager(cur):
    p1 = '<a href="/tin-tuc/Pages/default.aspx">1</a>' if cur != 1 else '<span class="current">1</span>'
    p2 = '<a href="/tin-tuc/Pages/default.aspx?Page=2">2</a>' if cur != 2 else '<span class="current">2</span>'
    nxt = '<a href="/tin-tuc/Pages/default.aspx?Page=2" class="bgq-sau">Sau »</a>' if cur == 1 else '<a href="/tin-tuc/Pages/default.aspx" class="bgq-truoc">« Trước</a>'
    return f'<div class="bgq-phantrang">Trang: {p1}{p2}{nxt}</div>'


def news_listing(pg):
    rng = random.Random(f"list-{pg}")
    news = sorted(NEWS, key=lambda a: a["date"][2], reverse=True)
    chunk = news[:6] if pg == 1 else news[6:]
    inner = '<ul class="dfwp-column dfwp-list bgq-danhsach">' + "".join(news_item_html(a) for a in chunk) + '</ul>' + pager(pg)
    main = '<div class="ms-webpart-zone ms-fullWidth">' + wp("Tin tức - Sự kiện", inner, "WPQ2", rng) + '</div>'
    path = "/tin-tuc/Pages/default.aspx" + ("?Page=2" if pg == 2 else "")
    trail = [("Trang chủ", "/"), ("Tin tức - Sự kiện", None)]
    doc = page(path=path, title="Tin tức - Sự kiện", main=main, trail=trail, rng=rng, item_id=1,
               list_id="{9b4f1e27-0c3a-4d58-b6e2-7a1d8c05f3e9}", active="/tin-tuc/Pages/default.aspx", vs=24000 + pg * 2000)
    write(f"tintuc-trang-{pg}", path, "listing", doc)


def thongbao_list():
    rng = random.Random("tb-list")
    rows = list(ANNOUNCEMENTS)[::-1]
    extra = [(33, "Thông báo kết luận của Chủ tịch UBND quận tại buổi làm việc với phường Tân Lập", "18/03/2024 4:10 CH", "Văn phòng HĐND và UBND quận"),
             (29, "Thông báo về việc tạm dừng cung cấp dịch vụ công trực tuyến để nâng cấp hệ thống", "06/03/2024 10:20 SA", "Văn phòng HĐND và UBND quận")]
    trs = []
    for i, t in enumerate(rows):
        trs.append((t["id"], t["title"], ampm(t["posted"]), t["unit"]))
    trs += extra
    body = "".join(
        f'<tr class="{"ms-itmHoverEnabled ms-itmhover" if i % 2 == 0 else "ms-alternating ms-itmHoverEnabled ms-itmhover"}" iid="{THONGBAO_LIST},{tid},0" setedgeborder="true">'
        f'<td class="ms-cellstyle ms-vb-title ms-positionRelative"><div class="ms-vb ms-tableCell ms-list-TitleLink ms-vb-menuPadding itx" ctxname="ctx3" id="{tid}" field="LinkTitle" title="{attr(title)}">'
        f'<a class="ms-listlink ms-draggable" onfocus="OnLink(this)" href="/Lists/ThongBao/DispForm.aspx?ID={tid}" onclick="EditLink2(this,3);return false;" target="_self">{esc(title)}</a></div></td>'
        f'<td class="ms-cellstyle ms-vb2"><nobr>{dt}</nobr></td><td class="ms-cellstyle ms-vb2">{esc(unit)}</td></tr>'
        for i, (tid, title, dt, unit) in enumerate(trs))
    table = ('<table summary="Thông báo" xmlns:o="urn:schemas-microsoft-com:office:office" o:webquerysourcehref="" width="100%" border="0" cellspacing="0" dir="none" onmouseover="EnsureSelectionHandler(event,this,3)" cellpadding="1" id="onetidDoclibViewTbl0" class="ms-listviewtable">'
             '<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr">'
             '<th class="ms-vh2"><div class="ms-vh-div" displayname="Tiêu đề" name="LinkTitle">Tiêu đề</div></th>'
             '<th class="ms-vh2"><div class="ms-vh-div" displayname="Ngày đăng" name="NgayDang">Ngày đăng</div></th>'
             '<th class="ms-vh2"><div class="ms-vh-div" displayname="Cơ quan ban hành" name="CoQuanBanHanh">Cơ quan ban hành</div></th></tr></thead>'
             f'<tbody>{body}</tbody></table>'
             '<table class="ms-bottompaging" id="bottomPagingCellWPQ2"><tr><td class="ms-paging">1 - 4</td></tr></table>')
    main = '<div class="ms-webpart-zone ms-fullWidth">' + wp("Thông báo", table, "WPQ2", rng) + '</div>'
    path = "/Lists/ThongBao/AllItems.aspx"
    doc = page(path=path, title="Thông báo - Tất cả mục", main=main, trail=[("Trang chủ", "/"), ("Thông báo", None)],
               rng=rng, list_id=THONGBAO_LIST, item_id=None, active=path, vs=30000)
    write("thongbao-danh-sach", path, "listing", doc)


def simple_page(name, path, title, inner, kind, vs=26000):
    rng = random.Random(name)
    main = ('<div class="bgq-trangtinh"><h1 class="bgq-h1">' + esc(title) + '</h1>'
            '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">\u200b'
            + inner + '</div></div>')
    doc = page(path=path, title=title, main=main, trail=[("Trang chủ", "/"), (title, None)], rng=rng,
               item_id=rng.randint(2, 30), list_id=PAGES_LIST, active=path, vs=vs)
    write(name, path, kind, doc)


def static_pages():
    gt = ('<p>Quận Bình Giang được thành lập năm 1997 trên cơ sở điều chỉnh địa giới hành chính của huyện Sông Lam cũ, nằm ở phía đông nam thành phố Hải Đông.</p>'
          '<p><strong>Vị trí địa lý:</strong> phía bắc giáp quận An Thành, phía nam giáp huyện Sông Lam, phía đông giáp biển, phía tây giáp quận Tây Hòa.</p>'
          '<p><strong>Diện tích tự nhiên:</strong> 38,6 km²; <strong>dân số:</strong> khoảng 162.400 người (năm 2023).</p>'
          '<p><strong>Đơn vị hành chính:</strong> 11 phường gồm An Thượng, Hòa Phú, Tân Lập, Bàu Sen, Bắc Lam, Nam Lam, Phước Mỹ, Mỹ Khê, Đông Hà, Tây Sơn và Thạch Bàn.</p>'
          '<h3>Chức năng, nhiệm vụ</h3><p>Ủy ban nhân dân quận là cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Hội đồng nhân dân quận và Ủy ban nhân dân thành phố; tổ chức thi hành Hiến pháp, pháp luật và các văn bản của cơ quan nhà nước cấp trên.</p>'
          '<h3>Lãnh đạo UBND quận</h3><table class="ms-rteTable-default" width="100%"><tbody>'
          '<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
          '<tr><td>Lương Văn Khiêm</td><td>Chủ tịch UBND quận</td><td>0236 3811 201</td></tr>'
          '<tr><td>Trần Quốc Bảo</td><td>Phó Chủ tịch UBND quận</td><td>0236 3811 202</td></tr>'
          '<tr><td>Đặng Thị Mỹ Linh</td><td>Phó Chủ tịch UBND quận</td><td>0236 3811 203</td></tr></tbody></table>'
          '<p>Cơ cấu tổ chức gồm 12 phòng chuyên môn và 6 đơn vị sự nghiệp trực thuộc. Xem thêm <a href="/Pages/lien-he.aspx">danh bạ liên hệ</a>.</p>')
    simple_page("gioi-thieu", "/Pages/gioi-thieu.aspx", "Giới thiệu chung", gt, "static")

    dirs = [("Văn phòng HĐND và UBND quận", "0236 3811 200", "vp@binhgiang.haidong.gov.vn"),
            ("Phòng Nội vụ", "0236 3811 210", "pnv@binhgiang.haidong.gov.vn"),
            ("Phòng Tài chính - Kế hoạch", "0236 3811 220", "ptckh@binhgiang.haidong.gov.vn"),
            ("Phòng Quản lý đô thị", "0236 3811 245", "pqldt@binhgiang.haidong.gov.vn"),
            ("Phòng Tài nguyên và Môi trường", "0236 3811 250", "ptnmt@binhgiang.haidong.gov.vn"),
            ("Phòng Văn hóa và Thông tin", "0236 3811 260", "pvhtt@binhgiang.haidong.gov.vn"),
            ("Phòng Lao động - Thương binh và Xã hội", "0236 3811 270", "pldtbxh@binhgiang.haidong.gov.vn"),
            ("Phòng Giáo dục và Đào tạo", "0236 3811 280", "pgddt@binhgiang.haidong.gov.vn"),
            ("Bộ phận Một cửa quận", "0236 3811 299", "motcua@binhgiang.haidong.gov.vn")]
    lh = ('<p><strong>ỦY BAN NHÂN DÂN QUẬN BÌNH GIANG</strong></p><p>Địa chỉ: Số 18 đường Trần Nhân Tông, phường An Thượng, quận Bình Giang, thành phố Hải Đông</p>'
          '<p>Điện thoại: 0236 3811 200 - Fax: 0236 3811 299</p><h3>Danh bạ các cơ quan chuyên môn</h3>'
          '<table class="ms-rteTable-default bgq-danhba" width="100%"><tbody><tr><th>Cơ quan</th><th>Điện thoại</th><th>Thư điện tử</th></tr>'
          + "".join(f'<tr><td>{esc(a)}</td><td>{b}</td><td><a href="mailto:{c}">{c}</a></td></tr>' for a, b, c in dirs)
          + '</tbody></table><p>Đường dây nóng tiếp nhận phản ánh: <strong>1022</strong> (nhánh 5).</p>')
    simple_page("lien-he", "/Pages/lien-he.aspx", "Liên hệ", lh, "contact")

    hd = ('<p>Tổ chức, cá nhân gửi câu hỏi, phản ánh, kiến nghị đến UBND quận bằng cách điền đầy đủ thông tin dưới đây. Các trường có dấu (*) là bắt buộc.</p>'
          '<table class="bgq-form" width="100%">'
          + "".join(f'<tr><td class="ms-formlabel">{lab}{" (*)" if req else ""}</td><td class="ms-formbody"><input type="text" name="ctl00$PlaceHolderMain$g_hoidap$txt{nm}" class="ms-long" maxlength="255"/></td></tr>'
                    for lab, nm, req in [("Họ và tên", "HoTen", True), ("Địa chỉ", "DiaChi", False), ("Điện thoại", "DienThoai", True), ("Thư điện tử", "Email", True), ("Tiêu đề", "TieuDe", True)])
          + '<tr><td class="ms-formlabel">Lĩnh vực</td><td class="ms-formbody"><select name="ctl00$PlaceHolderMain$g_hoidap$ddlLinhVuc"><option>Đất đai</option><option>Xây dựng</option><option>Hộ tịch</option><option>Khác</option></select></td></tr>'
          '<tr><td class="ms-formlabel">Nội dung (*)</td><td class="ms-formbody"><textarea name="ctl00$PlaceHolderMain$g_hoidap$txtNoiDung" rows="8" cols="60"></textarea></td></tr>'
          '<tr><td class="ms-formlabel">Mã xác nhận (*)</td><td class="ms-formbody"><img src="/_layouts/15/BGQ/Captcha.ashx?t=638494351530000000" alt="captcha"/> <input type="text" name="ctl00$PlaceHolderMain$g_hoidap$txtCaptcha" size="6"/></td></tr>'
          '<tr><td></td><td><input type="submit" name="ctl00$PlaceHolderMain$g_hoidap$btnGui" value="Gửi câu hỏi" class="bgq-btn"/> <input type="reset" value="Nhập lại" class="bgq-btn"/></td></tr></table>'
          '<h3>Câu hỏi đã được trả lời</h3><ul class="bgq-hoidap-ds">'
          '<li><a href="/Pages/hoi-dap-truc-tuyen.aspx?cauhoi=204">Thủ tục tách thửa đất ở cần những giấy tờ gì?</a> <span class="bgq-ngay">(15/04/2024)</span></li>'
          '<li><a href="/Pages/hoi-dap-truc-tuyen.aspx?cauhoi=199">Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn</a> <span class="bgq-ngay">(08/04/2024)</span></li></ul>')
    simple_page("hoi-dap", "/Pages/hoi-dap-truc-tuyen.aspx", "Hỏi đáp trực tuyến", hd, "form")

    sm_items = [("Trang chủ", "/"), ("Giới thiệu", "/Pages/gioi-thieu.aspx"), ("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx")]
    sm = '<ul class="bgq-sodo"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a><ul><li><a href="/Pages/gioi-thieu.aspx#lanhdao">Lãnh đạo UBND quận</a></li></ul></li>'
    sm += '<li><a href="/tin-tuc/Pages/default.aspx">Tin tức - Sự kiện</a><ul>' + "".join(f'<li><a href="{attr(h)}">{esc(t)}</a></li>' for t, h in SUBNAV) + '</ul></li>'
    sm += ('<li><a href="/Lists/ThongBao/AllItems.aspx">Thông báo</a></li><li><a href="/VanBan/Pages/default.aspx">Văn bản chỉ đạo, điều hành</a></li>'
           '<li><a href="/Pages/lich-cong-tac.aspx">Lịch công tác</a></li><li><a href="/Pages/hoi-dap-truc-tuyen.aspx">Hỏi đáp trực tuyến</a></li>'
           '<li><a href="/Pages/lien-he.aspx">Liên hệ</a></li></ul>')
    del sm_items
    simple_page("so-do-cong", "/Pages/so-do-cong.aspx", "Sơ đồ cổng", sm, "sitemap")

    nf = ('<div class="ms-error"><p><strong>Không tìm thấy trang</strong></p>'
          '<p>Xin lỗi, trang bạn yêu cầu không tồn tại hoặc đã được di chuyển. Tài nguyên không được tìm thấy.</p>'
          '<p>Vui lòng kiểm tra lại địa chỉ hoặc quay về <a href="/">trang chủ</a>, hoặc sử dụng <a href="/Pages/so-do-cong.aspx">sơ đồ cổng</a> để tìm thông tin.</p>'
          '<p class="ms-descriptiontext">Mã tương quan: 4c9e2b1a-0d7f-4e3c-8a51-93b6f20e7d14 - Ngày và thời gian: 22/04/2024 8:12:33 SA</p></div>')
    simple_page("khong-tim-thay", "/Pages/lich-cong-tac.aspx", "Không tìm thấy trang", nf, "soft_404")

    # search results
    hits = [a for a in NEWS if "cải cách" in (a["title"] + a["lead"][1]).lower() or a["cat"] == "Cải cách hành chính"]
    res = ('<div class="bgq-timkiem-form"><input type="text" name="k" value="cải cách hành chính" class="ms-textLarge"/> <input type="submit" value="Tìm kiếm" class="bgq-btn"/></div>'
           f'<div class="ms-srch-resultscount">Có {len(hits)} kết quả cho từ khóa “cải cách hành chính”</div><div id="Result" class="ms-srch-result">')
    for a in hits:
        res += (f'<div class="ms-srch-item"><div class="ms-srch-item-title"><h3 class="ms-srch-ellipsis"><a class="ms-srch-item-link" href="/tin-tuc/Pages/{a["slug"]}.aspx">{esc(a["title"])}</a></h3></div>'
                f'<div class="ms-srch-item-summary">{esc(a["lead"][1][:160])}…</div>'
                f'<div class="ms-srch-item-path">{HOST}/tin-tuc/Pages/{a["slug"]}.aspx - {ddmmyyyy(a["date"][2])}</div></div>')
    res += '</div><div class="bgq-phantrang">Trang: <span class="current">1</span></div>'
    simple_page("tim-kiem", SEARCH_URL, "Kết quả tìm kiếm", res, "search")


def login_page():
    rng = random.Random("login")
    path = LOGIN_URL
    inner = ('<div id="s4-simple-card" class="ms-dialogHidden"><div id="s4-simple-card-content">'
             '<h1 class="ms-core-pageTitle">Đăng nhập</h1><div class="bgq-login">'
             '<table class="ms-input"><tr><td><label for="ctl00_PlaceHolderMain_signInControl_UserName">Tên người dùng:</label></td>'
             '<td><input name="ctl00$PlaceHolderMain$signInControl$UserName" type="text" id="ctl00_PlaceHolderMain_signInControl_UserName" class="ms-inputuserfield" autocomplete="off"/></td></tr>'
             '<tr><td><label for="ctl00_PlaceHolderMain_signInControl_password">Mật khẩu:</label></td>'
             '<td><input name="ctl00$PlaceHolderMain$signInControl$password" type="password" id="ctl00_PlaceHolderMain_signInControl_password" class="ms-inputuserfield"/></td></tr>'
             '<tr><td colspan="2"><input id="ctl00_PlaceHolderMain_signInControl_RememberMe" type="checkbox" name="ctl00$PlaceHolderMain$signInControl$RememberMe"/>'
             '<label for="ctl00_PlaceHolderMain_signInControl_RememberMe">Ghi nhớ đăng nhập</label></td></tr>'
             '<tr><td colspan="2" align="right"><input type="submit" name="ctl00$PlaceHolderMain$signInControl$login" value="Đăng nhập" id="ctl00_PlaceHolderMain_signInControl_login" class="ms-ButtonHeightWidth"/></td></tr></table>'
             '<p class="ms-descriptiontext">Trang dành cho cán bộ quản trị nội dung. Người dân tra cứu thông tin không cần đăng nhập.</p></div></div></div>')
    doc = page(path=path, title="Đăng nhập", main=inner, trail=[("Trang chủ", "/"), ("Đăng nhập", None)], rng=rng,
               vs=22000)
    write("dang-nhap", path, "login", doc)


def main():
    for f in OUT.glob("*.html"):
        f.unlink()
    for f in OUT.glob("*.json"):
        if f.name != "site.json":
            f.unlink()
    for i, a in enumerate(NEWS, 1):
        news_page(a, i)
    for i, t in enumerate(ANNOUNCEMENTS, 1):
        announcement_page(t, i)
    home()
    news_listing(1)
    news_listing(2)
    thongbao_list()
    static_pages()
    login_page()
    (OUT / "site.json").write_text(json.dumps({
        "host": HOST, "home": "/", "family": "sharepoint", "template": "sp2016quan", "held_out": True,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
