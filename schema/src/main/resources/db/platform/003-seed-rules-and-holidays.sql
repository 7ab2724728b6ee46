--liquibase formatted sql

--changeset danvan:platform-003-deadline-rules
-- The statutory clocks of DOMAIN.md, the same rows as DeadlineRules.statutory() (SeedChangelogTest keeps
-- them in step). A case keeps the rule in force on the day it was received: the complaint rows are split
-- at 2026-07-01, when Law 136/2025/QH15 and Decrees 154-156/2026 take effect, even where the numbers stay.
-- Columns whose flag the law ignores for a clock repeat the base days.
insert into platform.deadline_rule
    (kind, clock, round, counting, days, complex_days, remote_days, remote_complex_days, several_sites_days,
     max_extensions, extension_days, effective_from, effective_to, legal_basis)
values
    ('COMPLAINT', 'ACCEPT', 1, 'DAYS', 10, 10, 10, 10, 10, 0, 0, '2012-07-01', '2026-07-01', 'Law on Complaints 2011, art. 27'),
    ('COMPLAINT', 'ACCEPT', 1, 'WORKING_DAYS', 7, 7, 7, 7, 7, 0, 0, '2026-07-01', null, 'Decree 155/2026 (rule set of Law 136/2025/QH15, from 2026-07-01)'),
    ('COMPLAINT', 'ACCEPT', 2, 'DAYS', 10, 10, 10, 10, 10, 0, 0, '2012-07-01', '2026-07-01', 'Law on Complaints 2011, art. 36'),
    ('COMPLAINT', 'ACCEPT', 2, 'WORKING_DAYS', 7, 7, 7, 7, 7, 0, 0, '2026-07-01', null, 'Decree 155/2026 (rule set of Law 136/2025/QH15, from 2026-07-01)'),
    ('COMPLAINT', 'RESOLVE', 1, 'DAYS', 30, 45, 45, 60, 30, 0, 0, '2012-07-01', '2026-07-01', 'Law on Complaints 2011, art. 28'),
    ('COMPLAINT', 'RESOLVE', 1, 'DAYS', 30, 45, 45, 60, 30, 0, 0, '2026-07-01', null, 'Law on Complaints 2011, art. 28 (rule set of Law 136/2025/QH15, from 2026-07-01)'),
    ('COMPLAINT', 'RESOLVE', 2, 'DAYS', 45, 60, 60, 70, 45, 0, 0, '2012-07-01', '2026-07-01', 'Law on Complaints 2011, art. 37'),
    ('COMPLAINT', 'RESOLVE', 2, 'DAYS', 45, 60, 60, 70, 45, 0, 0, '2026-07-01', null, 'Law on Complaints 2011, art. 37 (rule set of Law 136/2025/QH15, from 2026-07-01)'),
    ('DENUNCIATION', 'ACCEPT', 1, 'WORKING_DAYS', 7, 7, 7, 7, 10, 0, 0, '2019-01-01', null, 'Law on Denunciation 2018, art. 24'),
    ('DENUNCIATION', 'RESOLVE', 1, 'DAYS', 30, 30, 30, 30, 30, 2, 30, '2019-01-01', null, 'Law on Denunciation 2018, art. 30'),
    ('RECOMMENDATION', 'REPLY', 1, 'WORKING_DAYS', 10, 10, 10, 10, 10, 0, 0, '2014-07-01', null, 'Law on Citizen Reception 2013, art. 28'),
    ('REFLECTION', 'REPLY', 1, 'WORKING_DAYS', 10, 10, 10, 10, 10, 0, 0, '2014-07-01', null, 'Law on Citizen Reception 2013, art. 28')
on conflict do nothing;

--changeset danvan:platform-003-holidays-2025
-- Days off and swapped days for state agencies in 2025, as the government announced them. Only weekdays
-- off (HOLIDAY) and worked weekend days (WORKING_WEEKEND) need a row: a weekend inside a holiday is a
-- weekend anyway. Statutory kinds and lengths: Labour Code 2019, art. 112. A day an admin entered
-- already is left as it is.
insert into platform.public_holiday (day, kind, name, source) values
    ('2025-01-01', 'HOLIDAY', 'New Year''s Day', 'Labour Code 2019, art. 112(1)(a)'),
    ('2025-01-27', 'HOLIDAY', 'Lunar New Year (Tết Ất Tỵ)', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26 (Prime Minister): Tết 2025 off 25/1-2/2'),
    ('2025-01-28', 'HOLIDAY', 'Lunar New Year (Tết Ất Tỵ)', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26 (Prime Minister): Tết 2025 off 25/1-2/2'),
    ('2025-01-29', 'HOLIDAY', 'Lunar New Year (Tết Ất Tỵ)', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26 (Prime Minister): Tết 2025 off 25/1-2/2'),
    ('2025-01-30', 'HOLIDAY', 'Lunar New Year (Tết Ất Tỵ)', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26 (Prime Minister): Tết 2025 off 25/1-2/2'),
    ('2025-01-31', 'HOLIDAY', 'Lunar New Year (Tết Ất Tỵ)', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26 (Prime Minister): Tết 2025 off 25/1-2/2'),
    ('2025-04-07', 'HOLIDAY', 'Hùng Kings'' Commemoration Day (10/3 lunar)', 'Labour Code 2019, art. 112(1)(e); MoLISA holiday notice for 2025'),
    ('2025-04-26', 'WORKING_WEEKEND', 'Worked in exchange for 2 May', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26; MoLISA holiday notice for 2025: 30/4-4/5 off, work Saturday 26/4'),
    ('2025-04-30', 'HOLIDAY', 'Reunification Day', 'Labour Code 2019, art. 112(1)(c)'),
    ('2025-05-01', 'HOLIDAY', 'International Labour Day', 'Labour Code 2019, art. 112(1)(d)'),
    ('2025-05-02', 'HOLIDAY', 'Swapped day off (worked on 26 April)', 'Official Dispatch 8726/VPCP-KGVX of 2024-11-26; MoLISA holiday notice for 2025: 30/4-4/5 off, work Saturday 26/4'),
    ('2025-09-01', 'HOLIDAY', 'National Day (day before 2/9)', 'Labour Code 2019, art. 112(1)(dd); MoLISA plan of 2024-12-03 and Ministry of Home Affairs announcement of 2025-08: 30/8-2/9 off'),
    ('2025-09-02', 'HOLIDAY', 'National Day', 'Labour Code 2019, art. 112(1)(dd)')
on conflict (day) do nothing;

--changeset danvan:platform-003-holidays-2026
-- 2026, as announced. Not shipped: Vietnam Culture Day (24/11), chosen by Politburo Resolution 80-NQ/TW
-- as a paid day off but still waiting for the Labour Code amendment (Government Resolution 30/NQ-CP);
-- add it when the law is passed.
insert into platform.public_holiday (day, kind, name, source) values
    ('2026-01-01', 'HOLIDAY', 'New Year''s Day', 'Labour Code 2019, art. 112(1)(a)'),
    ('2026-01-02', 'HOLIDAY', 'Swapped day off (worked on 10 January)', 'Official Dispatch 12729/VPCP-KGVX of 2025-12-25 (Deputy Prime Minister): 1/1-4/1 off, work Saturday 10/1'),
    ('2026-01-10', 'WORKING_WEEKEND', 'Worked in exchange for 2 January', 'Official Dispatch 12729/VPCP-KGVX of 2025-12-25 (Deputy Prime Minister): 1/1-4/1 off, work Saturday 10/1'),
    ('2026-02-16', 'HOLIDAY', 'Lunar New Year (Tết Bính Ngọ)', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: Tết 2026 off 16/2-20/2 (14/2-22/2 with weekends)'),
    ('2026-02-17', 'HOLIDAY', 'Lunar New Year (Tết Bính Ngọ)', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: Tết 2026 off 16/2-20/2 (14/2-22/2 with weekends)'),
    ('2026-02-18', 'HOLIDAY', 'Lunar New Year (Tết Bính Ngọ)', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: Tết 2026 off 16/2-20/2 (14/2-22/2 with weekends)'),
    ('2026-02-19', 'HOLIDAY', 'Lunar New Year (Tết Bính Ngọ)', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: Tết 2026 off 16/2-20/2 (14/2-22/2 with weekends)'),
    ('2026-02-20', 'HOLIDAY', 'Lunar New Year (Tết Bính Ngọ)', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: Tết 2026 off 16/2-20/2 (14/2-22/2 with weekends)'),
    ('2026-04-27', 'HOLIDAY', 'Hùng Kings'' Commemoration Day, compensatory (10/3 lunar falls on Sunday 26/4)', 'Labour Code 2019, arts. 111(3), 112(1)(e)'),
    ('2026-04-30', 'HOLIDAY', 'Reunification Day', 'Labour Code 2019, art. 112(1)(c)'),
    ('2026-05-01', 'HOLIDAY', 'International Labour Day', 'Labour Code 2019, art. 112(1)(d)'),
    ('2026-08-22', 'WORKING_WEEKEND', 'Worked in exchange for 31 August', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: off 31/8, work Saturday 22/8'),
    ('2026-08-31', 'HOLIDAY', 'Swapped day off (worked on 22 August)', 'Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16: off 31/8, work Saturday 22/8'),
    ('2026-09-01', 'HOLIDAY', 'National Day (day before 2/9)', 'Labour Code 2019, art. 112(1)(dd); Ministry of Home Affairs Notice 9441/TB-BNV of 2025-10-16'),
    ('2026-09-02', 'HOLIDAY', 'National Day', 'Labour Code 2019, art. 112(1)(dd)')
on conflict (day) do nothing;
