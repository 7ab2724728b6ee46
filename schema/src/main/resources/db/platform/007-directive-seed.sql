--liquibase formatted sql

--changeset danvan:platform-007-directive-seed
-- The two directives the city carries out through every unit, with the six groups of tasks named in
-- the Hanoi Moi article of July 2025 (DOMAIN.md, "Directive tasks") and sample tasks. The issue days
-- are unconfirmed: check them against the directives' text; a platform admin may correct the rows.
insert into platform.directive (number, title, issued_on, issuer, summary, created_by) values
    ('07-CT/TU', 'Tăng cường công tác dân vận của cơ quan nhà nước, chính quyền các cấp',
     '2021-05-05', 'Ban Thường vụ Thành ủy Hà Nội',
     'Mass-mobilisation work in state agencies and local government: cadres explain policy to the people, a friendly government serving the people.',
     'seed'),
    ('36-CT/TU', 'Tăng cường công tác dân vận trong giải phóng mặt bằng, bồi thường, hỗ trợ, tái định cư',
     '2024-06-01', 'Ban Thường vụ Thành ủy Hà Nội',
     'Mass mobilisation in land clearance, compensation, support and resettlement; continued in 2025 under the two-tier local government.',
     'seed')
on conflict (number) do nothing;

insert into platform.directive_task_group (directive_id, position, title)
select d.id, g.position, g.title
from platform.directive d
cross join (values
    (1, 'Quán triệt, tuyên truyền chỉ thị; đơn vị ban hành kế hoạch cụ thể hoá'),
    (2, 'Tăng cường công tác dân vận của cơ quan nhà nước; cán bộ giải thích chính sách cho nhân dân'),
    (3, 'Cải cách hành chính, xây dựng "chính quyền thân thiện, vì nhân dân phục vụ"'),
    (4, 'Phối hợp các lực lượng dân vận; giải quyết kịp thời khiếu nại, nguyện vọng chính đáng; phòng ngừa khiếu kiện đông người, phức tạp, kéo dài'),
    (5, 'Đơn vị mới ban hành quy chế dân chủ ở cơ sở theo mô hình chính quyền hai cấp'),
    (6, 'Người đứng đầu cấp ủy tiếp dân, đối thoại trực tiếp; tiếp xúc Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và nhân dân')
) as g(position, title)
where d.number in ('07-CT/TU', '36-CT/TU')
on conflict (directive_id, position) do nothing;

insert into platform.directive_task
    (directive_id, group_id, position, title, description, expected_output, recurrence, due_on, starts_on, ends_on, created_by)
select d.id, g.id, t.position, t.title, t.description, t.expected_output, t.recurrence,
       t.due_on::date, t.starts_on::date, t.ends_on::date, 'seed'
from platform.directive d
join platform.directive_task_group g on g.directive_id = d.id
join (values
    ('07-CT/TU', 1, 1, 'Ban hành kế hoạch thực hiện Chỉ thị 07-CT/TU', 'Quán triệt chỉ thị đến cán bộ, đảng viên; ban hành kế hoạch của đơn vị.', 'Kế hoạch của đảng ủy, UBND xã/phường', 'NONE', '2025-09-30', null, null),
    ('07-CT/TU', 2, 1, 'Báo cáo công tác dân vận chính quyền hằng quý', 'Kết quả cán bộ tiếp xúc, giải thích chính sách cho nhân dân.', 'Báo cáo quý', 'QUARTERLY', null, '2026-01-01', '2026-12-31'),
    ('07-CT/TU', 3, 1, 'Khảo sát mức độ hài lòng của người dân tại bộ phận một cửa', 'Tổ chức khảo sát, công khai kết quả.', 'Báo cáo kết quả khảo sát', 'NONE', '2026-06-30', null, null),
    ('07-CT/TU', 4, 1, 'Rà soát, giải quyết dứt điểm khiếu nại tồn đọng', 'Phối hợp Mặt trận và đoàn thể; phòng ngừa khiếu kiện đông người.', 'Danh sách vụ việc và kết quả giải quyết', 'MONTHLY', null, '2026-01-01', '2026-06-30'),
    ('07-CT/TU', 5, 1, 'Ban hành quy chế dân chủ ở cơ sở của đơn vị mới', 'Theo Luật Thực hiện dân chủ ở cơ sở và mô hình chính quyền hai cấp.', 'Quy chế được ban hành', 'NONE', '2025-12-31', null, null),
    ('07-CT/TU', 6, 1, 'Bí thư đảng ủy tiếp dân, đối thoại trực tiếp định kỳ', 'Tiếp dân và đối thoại theo Quy định 11-QĐi/TW; báo cáo kết quả.', 'Báo cáo quý về tiếp dân, đối thoại', 'QUARTERLY', null, '2026-01-01', '2026-12-31'),
    ('36-CT/TU', 1, 1, 'Ban hành kế hoạch thực hiện Chỉ thị 36-CT/TU', 'Quán triệt chỉ thị; kế hoạch dân vận trong giải phóng mặt bằng của đơn vị.', 'Kế hoạch của đơn vị', 'NONE', '2025-09-30', null, null),
    ('36-CT/TU', 2, 1, 'Tuyên truyền chính sách bồi thường, hỗ trợ, tái định cư', 'Cán bộ đến từng hộ dân trong phạm vi dự án giải thích chính sách.', 'Báo cáo tháng số hộ được tuyên truyền', 'MONTHLY', null, '2026-01-01', '2026-06-30'),
    ('36-CT/TU', 3, 1, 'Công khai phương án bồi thường, hỗ trợ, tái định cư', 'Niêm yết công khai tại trụ sở và nơi sinh hoạt khu dân cư.', 'Biên bản niêm yết', 'NONE', '2026-03-31', null, null),
    ('36-CT/TU', 4, 1, 'Đối thoại, giải quyết kiến nghị của hộ dân trong giải phóng mặt bằng', 'Phối hợp Mặt trận Tổ quốc; không để phát sinh điểm nóng.', 'Báo cáo quý', 'QUARTERLY', null, '2026-01-01', '2026-12-31'),
    ('36-CT/TU', 5, 1, 'Quy chế phối hợp giám sát của Mặt trận trong giải phóng mặt bằng', 'Theo quy chế dân chủ ở cơ sở của đơn vị mới.', 'Quy chế phối hợp', 'NONE', '2025-12-31', null, null),
    ('36-CT/TU', 6, 1, 'Người đứng đầu tiếp xúc, đối thoại với hộ dân bị ảnh hưởng', 'Tiếp xúc trực tiếp, ghi nhận và trả lời kiến nghị.', 'Biên bản đối thoại', 'NONE', '2026-06-30', null, null)
) as t(number, group_position, position, title, description, expected_output, recurrence, due_on, starts_on, ends_on)
  on t.number = d.number and t.group_position = g.position
on conflict (group_id, position) do nothing;
