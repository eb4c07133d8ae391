-- The action plan of the Concept 2024–2029 (ПРИЛОЖЕНИЕ «ПЛАН ДЕЙСТВИЙ»,
-- seed 002 L692–L1186): its 26 items and 38 deliverables as shipped
-- reference data, the parser of its deadline texts, the progress the
-- administrator records, and the status of every deliverable on a date.
--
-- A deliverable is one form of completion × one deadline of an item. When a
-- cell holds several forms or deadlines (items 1, 9, 13, 14, 25) they are
-- split in the order in which they appear (Concept open question 9).

------------------------------------------------------------------------------
-- The deadline grammar

-- Concept period L55: «2024 - 2029 годы». «ежегодно» and «ежеквартально»
-- recur over it (open question 7: from 2024, each year due 31 December).
CREATE FUNCTION civilservice.plan_period(deadline text)
RETURNS TABLE (ordinal integer, period daterange, due date, "precision" text, recurring boolean, exclusive boolean)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    tail   constant text := '(?:\s*(?:года|г\.?))?)(?![а-яёa-z0-9])';
    rest   text;
    m      text[];
    n      integer := 0;
    y      integer;
    k      integer;
    mon    integer;
    d      date;
    first_year constant integer := 2024;
    last_year  constant integer := 2029;
BEGIN
    -- §0 text defects: NBSP and other spaces, tabs, line breaks; dashes;
    -- the Cyrillic І written for the Roman numeral
    rest := pg_catalog.lower(pg_catalog.translate(deadline,
                E'\u00a0\u2007\u202f\t\r\n\u2012\u2013\u2014\u2212\u0406\u0456', '      ----ii'));
    rest := pg_catalog.btrim(pg_catalog.regexp_replace(rest, '\s+', ' ', 'g'));
    LOOP
        rest := pg_catalog.regexp_replace(rest, '^(?:[\s,;]+|и\s+)+', '');
        EXIT WHEN rest = '' AND n > 0;
        n := n + 1;
        exclusive := false;
        recurring := false;
        ordinal := n;
        -- I/II полугодие YYYY года
        m := pg_catalog.regexp_match(rest, '^((ii|i|1|2)\s*(?:-?е\s+)?полугодие\s+(\d{4})' || tail);
        IF m IS NOT NULL THEN
            k := CASE WHEN m[2] IN ('i', '1') THEN 0 ELSE 1 END;
            d := pg_catalog.make_date(m[3]::integer, 1 + 6 * k, 1);
            period := pg_catalog.daterange(d, (d + interval '6 months')::date);
            due := pg_catalog.upper(period) - 1;
            "precision" := 'half_year';
            RETURN NEXT;
            rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
            CONTINUE;
        END IF;
        -- I/II/III/IV квартал YYYY года
        m := pg_catalog.regexp_match(rest, '^((iv|iii|ii|i|1|2|3|4)\s*(?:-?й\s+)?квартал\s+(\d{4})' || tail);
        IF m IS NOT NULL THEN
            k := CASE m[2] WHEN 'i' THEN 0 WHEN '1' THEN 0 WHEN 'ii' THEN 1 WHEN '2' THEN 1
                           WHEN 'iii' THEN 2 WHEN '3' THEN 2 ELSE 3 END;
            d := pg_catalog.make_date(m[3]::integer, 1 + 3 * k, 1);
            period := pg_catalog.daterange(d, (d + interval '3 months')::date);
            due := pg_catalog.upper(period) - 1;
            "precision" := 'quarter';
            RETURN NEXT;
            rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
            CONTINUE;
        END IF;
        -- YYYY - YYYY годы
        m := pg_catalog.regexp_match(rest, '^((\d{4})\s*-\s*(\d{4})\s*(?:годы|годов|гг\.?))(?![а-яёa-z0-9])');
        IF m IS NOT NULL AND m[3]::integer > m[2]::integer THEN
            period := pg_catalog.daterange(pg_catalog.make_date(m[2]::integer, 1, 1), pg_catalog.make_date(m[3]::integer + 1, 1, 1));
            due := pg_catalog.upper(period) - 1;
            "precision" := 'years';
            RETURN NEXT;
            rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
            CONTINUE;
        END IF;
        -- YYYY год
        m := pg_catalog.regexp_match(rest, '^((\d{4})\s*(?:года|год|г\.?))(?![а-яёa-z0-9])');
        IF m IS NOT NULL THEN
            period := pg_catalog.daterange(pg_catalog.make_date(m[2]::integer, 1, 1), pg_catalog.make_date(m[2]::integer + 1, 1, 1));
            due := pg_catalog.upper(period) - 1;
            "precision" := 'year';
            RETURN NEXT;
            rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
            CONTINUE;
        END IF;
        -- [до] D <месяца> YYYY года; <месяц> YYYY года
        m := pg_catalog.regexp_match(rest, '^((до\s+)?(?:(\d{1,2})\s+)?([а-яё]+)\s+(\d{4})' || tail);
        IF m IS NOT NULL THEN
            mon := CASE m[4]
                WHEN 'январь' THEN 1 WHEN 'января' THEN 1 WHEN 'февраль' THEN 2 WHEN 'февраля' THEN 2
                WHEN 'март' THEN 3 WHEN 'марта' THEN 3 WHEN 'апрель' THEN 4 WHEN 'апреля' THEN 4
                WHEN 'май' THEN 5 WHEN 'мая' THEN 5 WHEN 'июнь' THEN 6 WHEN 'июня' THEN 6
                WHEN 'июль' THEN 7 WHEN 'июля' THEN 7 WHEN 'август' THEN 8 WHEN 'августа' THEN 8
                WHEN 'сентябрь' THEN 9 WHEN 'сентября' THEN 9 WHEN 'октябрь' THEN 10 WHEN 'октября' THEN 10
                WHEN 'ноябрь' THEN 11 WHEN 'ноября' THEN 11 WHEN 'декабрь' THEN 12 WHEN 'декабря' THEN 12 END;
            d := pg_catalog.make_date(m[5]::integer, coalesce(mon, 1), 1);
            IF mon IS NOT NULL AND m[3] IS NULL AND m[2] IS NULL THEN
                period := pg_catalog.daterange(d, (d + interval '1 month')::date);
                due := pg_catalog.upper(period) - 1;
                "precision" := 'month';
                RETURN NEXT;
                rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
                CONTINUE;
            ELSIF mon IS NOT NULL AND m[3] IS NOT NULL
                  AND m[3]::integer BETWEEN 1 AND pg_catalog.date_part('day', d + interval '1 month - 1 day')::integer THEN
                d := pg_catalog.make_date(m[5]::integer, mon, m[3]::integer);
                IF m[2] IS NOT NULL THEN
                    -- «до 1 июля»: by the end of 30 June; the date named is exclusive
                    period := pg_catalog.daterange(NULL, d);
                    due := d - 1;
                    exclusive := true;
                ELSE
                    period := pg_catalog.daterange(d, d + 1);
                    due := d;
                END IF;
                "precision" := 'day';
                RETURN NEXT;
                rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
                CONTINUE;
            END IF;
        END IF;
        -- ежегодно / на ежегодной основе; ежеквартально / на ежеквартальной основе
        m := pg_catalog.regexp_match(rest, '^((?:ежегодно|на ежегодной основе))(?![а-яёa-z0-9])');
        IF m IS NOT NULL THEN
            recurring := true;
            "precision" := 'year';
            FOR y IN first_year .. last_year LOOP
                period := pg_catalog.daterange(pg_catalog.make_date(y, 1, 1), pg_catalog.make_date(y + 1, 1, 1));
                due := pg_catalog.upper(period) - 1;
                RETURN NEXT;
            END LOOP;
            rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
            CONTINUE;
        END IF;
        m := pg_catalog.regexp_match(rest, '^((?:ежеквартально|на ежеквартальной основе))(?![а-яёa-z0-9])');
        IF m IS NOT NULL THEN
            recurring := true;
            "precision" := 'quarter';
            FOR y IN first_year .. last_year LOOP
                FOR k IN 0 .. 3 LOOP
                    d := pg_catalog.make_date(y, 1 + 3 * k, 1);
                    period := pg_catalog.daterange(d, (d + interval '3 months')::date);
                    due := pg_catalog.upper(period) - 1;
                    RETURN NEXT;
                END LOOP;
            END LOOP;
            rest := pg_catalog.substr(rest, pg_catalog.length(m[1]) + 1);
            CONTINUE;
        END IF;
        PERFORM civilservice.refuse('Концепция, план действий', '22023', 'concept_plan_deadline_unknown', NULL,
            'a deadline of the action plan is not understood',
            pg_catalog.format('Deadline: «%s»; not understood from: «%s».', deadline, rest),
            'Write a deadline as «I полугодие 2025 года», «II полугодие 2025 года», «2025 год», «2027 - 2028 годы», «IV квартал 2026 года», «декабрь 2026 года», «31 декабря 2026 года», «до 1 июля 2026 года», «ежегодно» or «ежеквартально»; several deadlines in one cell follow one another.');
    END LOOP;
END $$;
COMMENT ON FUNCTION civilservice.plan_period(text) IS
  'Срок завершения: the period(s) a deadline text of the action plan designates (CONCEPT §3.4), one row per deadline in order of appearance (ordinal; a cell such as «I полугодие 2025 года II полугодие 2025 года» (L867) gives two). period is [first day, day after the last); due is its last day. Forms: «I/II полугодие YYYY года» (half_year), «I…IV квартал YYYY года» (quarter), «YYYY год» (year), «YYYY - YYYY годы» with -, – or — (years), «<месяц> YYYY года» nominative or genitive (month), «D <месяца> YYYY года» (day), «до D <месяца> YYYY года» (day, exclusive: due is the day before D, period unbounded below), «ежегодно» / «на ежегодной основе» (recurring: one row per year 2024…2029, due 31 December) and «ежеквартально» (recurring: one row per quarter 2024…2029). NBSP, tabs, extra spaces and the Cyrillic І are tolerated. Any other text is refused with SQLSTATE 22023 and constraint concept_plan_deadline_unknown, quoting the text';

CREATE FUNCTION civilservice.plan_period_summary(deadline text, OUT period daterange, OUT due date, OUT recurring boolean)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT pg_catalog.range_merge(pg_catalog.range_agg(p.period)), max(p.due), bool_or(p.recurring)
      FROM civilservice.plan_period($1) p
$$;
COMMENT ON FUNCTION civilservice.plan_period_summary(text) IS
  'The whole span of a deadline text (civilservice.plan_period): the smallest period covering all its rows, the latest due date, and whether it recurs. For «ежегодно» the span is 2024-01-01 … 2029-12-31';

------------------------------------------------------------------------------
-- The items and deliverables (reference data, shipped)

CREATE TABLE civilservice.concept_plan_item (
    no            integer PRIMARY KEY
                  CONSTRAINT concept_plan_item_no_check CHECK (civilservice.checked(no BETWEEN 1 AND 26,
        'Концепция, L692', 'concept_plan_item_no_check', 'concept_plan_item', 'the action plan has items 1 to 26',
        pg_catalog.format('Item given: %s.', no))),
    direction     integer NOT NULL
                  CONSTRAINT concept_plan_item_direction_check CHECK (civilservice.checked(direction BETWEEN 1 AND 3,
        'Концепция, L692', 'concept_plan_item_direction_check', 'concept_plan_item', 'the action plan has directions 1 to 3',
        pg_catalog.format('Direction given: %s.', direction))),
    name_ru       text NOT NULL,
    subitems      text[] NOT NULL DEFAULT '{}',
    source_lines  text NOT NULL
);
COMMENT ON TABLE civilservice.concept_plan_item IS
  'Мероприятие плана действий: the 26 items of the action plan of the Concept (ПРИЛОЖЕНИЕ, L692–L1186) with their text as printed. Shipped with the extension, read by everyone, written by its script only';
COMMENT ON COLUMN civilservice.concept_plan_item.no IS '№ of the item, 1…26';
COMMENT ON COLUMN civilservice.concept_plan_item.direction IS 'Direction: 1 service model (L712, items 1–8), 2 professionalisation (L846, items 9–17), 3 HR processes and their digitisation (L1052, items 18–26)';
COMMENT ON COLUMN civilservice.concept_plan_item.name_ru IS 'Наименование реформы/основного мероприятия, verbatim from the seed (a headline printed on two lines, item 26, is joined by one space)';
COMMENT ON COLUMN civilservice.concept_plan_item.subitems IS 'The sub-items verbatim, each with its printed label («1) …», «2-1) …», «- …» for a dash bullet), in order; a sub-item printed on two lines is joined by one space; empty when the item has none';
COMMENT ON COLUMN civilservice.concept_plan_item.source_lines IS 'Lines of seed 002 the item occupies, e.g. L767–L773';
COMMENT ON CONSTRAINT concept_plan_item_no_check ON civilservice.concept_plan_item IS 'Items are numbered 1…26';
COMMENT ON CONSTRAINT concept_plan_item_direction_check ON civilservice.concept_plan_item IS 'Directions are 1…3';

CREATE TABLE civilservice.concept_plan_deliverable (
    code            text PRIMARY KEY
                    CONSTRAINT concept_plan_deliverable_code_check CHECK (civilservice.checked(code ~ '^[1-9][0-9]?[a-z]?$',
        'Концепция, L692', 'concept_plan_deliverable_code_check', 'concept_plan_deliverable', 'a deliverable is coded by its item and a letter',
        pg_catalog.format('Code given: "%s".', code), 'Write the item number and, when the item has several deliverables, a letter: 13c.')),
    item_no         integer NOT NULL REFERENCES civilservice.concept_plan_item (no),
    subitems        text,
    forms           text[] NOT NULL
                    CONSTRAINT concept_plan_deliverable_forms_check CHECK (civilservice.checked(pg_catalog.cardinality(forms) >= 1,
        'Концепция, L705', 'concept_plan_deliverable_forms_check', 'concept_plan_deliverable', 'a deliverable has a form of completion')),
    deadline_text   text NOT NULL,
    deadline_cell   text NOT NULL,
    period          daterange NOT NULL,
    due             date NOT NULL,
    recurring       boolean NOT NULL,
    executors       text[] NOT NULL,
    executors_blank boolean NOT NULL,
    lead_executor   text NOT NULL,
    source_lines    text NOT NULL,
    CONSTRAINT concept_plan_deliverable_period CHECK (civilservice.checked(
        period = (civilservice.plan_period_summary(deadline_text)).period
        AND due = (civilservice.plan_period_summary(deadline_text)).due
        AND recurring = (civilservice.plan_period_summary(deadline_text)).recurring,
        'Концепция, L707', 'concept_plan_deliverable_period', 'concept_plan_deliverable', 'the period of a deliverable is the one its deadline text designates',
        pg_catalog.format('Deadline «%s»; period %s, due %s.', deadline_text, period, due))),
    CONSTRAINT concept_plan_deliverable_lead CHECK (civilservice.checked(lead_executor = executors[1],
        'Концепция, L709', 'concept_plan_deliverable_lead', 'concept_plan_deliverable', 'the lead executor is the first one named',
        pg_catalog.format('Lead %s; executors %s.', lead_executor, executors)))
);
COMMENT ON TABLE civilservice.concept_plan_deliverable IS
  'Результат плана действий: one form of completion × one deadline of an item (38; item 12 has two forms under one deadline, so 39 form entries). Cells with several forms or deadlines (items 1, 9, 13, 14, 25) are split in order of appearance. Shipped with the extension, read by everyone, written by its script only; implementing_act.deliverable refers to code';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.code IS 'Code as in CONCEPT §3.1: the item number and, when the item has several deliverables, a letter (1a, 1b, 2, …, 25c, 26)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.item_no IS 'The item';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.subitems IS 'Labels of the sub-items the deliverable covers, e.g. «2), 2-1), 2-2), 2-3)»; NULL when the item has no sub-items or all of them are covered by one deliverable with no split';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.forms IS 'Форма завершения verbatim (two for item 12: «Проект Закона», «Указ Президента»)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.deadline_text IS 'Срок завершения verbatim: the deliverable''s own deadline (a part of deadline_cell when the cell holds several)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.deadline_cell IS 'The whole deadline cell as printed (L867, L925 and L1162 hold several deadlines)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.period IS 'The period deadline_text designates (civilservice.plan_period_summary, checked by concept_plan_deliverable_period): [first day, day after the last); for the recurring item 4 the whole 2024…2029';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.due IS 'The last day of the period (calendar day; its last working day is in concept_plan_due)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.recurring IS 'True for «ежегодно» (item 4): the yearly instances are civilservice.concept_plan_due()';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.executors IS 'Ответственные исполнители, normalised (the stray hyphen of «АДГС-», L832, dropped); abbreviations as in L1189–L1209';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.executors_blank IS 'True when the executor cell is blank in the text (14c, 14d: L979–L980); executors is then {АДГС}, the executor named in every other row of item 14 and in all 26 items (open question 8)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.lead_executor IS 'The executor named first, who answers for the deliverable (e.g. Аппарат Правительства for item 8, МЦРИАП for item 3)';
COMMENT ON COLUMN civilservice.concept_plan_deliverable.source_lines IS 'Lines of seed 002 of the deliverable: its sub-items, form, deadline and executors';
COMMENT ON CONSTRAINT concept_plan_deliverable_code_check ON civilservice.concept_plan_deliverable IS 'Codes are an item number with an optional letter';
COMMENT ON CONSTRAINT concept_plan_deliverable_forms_check ON civilservice.concept_plan_deliverable IS 'A deliverable has at least one form of completion';
COMMENT ON CONSTRAINT concept_plan_deliverable_period ON civilservice.concept_plan_deliverable IS 'period, due and recurring are what the parser makes of deadline_text';
COMMENT ON CONSTRAINT concept_plan_deliverable_lead ON civilservice.concept_plan_deliverable IS 'The lead executor is the first named';

INSERT INTO civilservice.concept_plan_item (no, direction, name_ru, subitems, source_lines) VALUES
(1, 1, 'Определение в законодательных актах основ деятельности государственной службы:',
 ARRAY['1) разработка предложений по определению миссии и предназначения государственной службы, а также переориентация целей и задач законодательного акта в сфере государственной службы, включая не только регулирование трудовых отношений, но и установление клиентоориентированной модели поведения государственных служащих;', '2) принятие мер по реализации одобренных подходов, в том числе:', '2-1) обеспечение единства государственной службы, включая возможность перехода прав, обязанностей, а также ответственности государственных служащих в случаях их должностного перемещения между государственными органами в пределах установленных законодательством сроков;', '2-2) разработка перечня обязанностей государственных служащих с целью восполнения законодательства в сфере государственной службы, направленных на обеспечение клиентоориентированной модели поведения, включая такие, как:', '- оказание в обязательном порядке содействия либо информирование о возможности получения помощи, необходимой для реализации прав и законных интересов граждан и организаций;', '- оценка результатов своей деятельности, соизмеримая со степенью удовлетворенности ими граждан;', '- обеспечение доступности вытекающих из деятельности государственных служащих мер содействия и помощи в реализации прав и законных интересов граждан и организаций, исключая проявления неоправданных препятствий, связанных с преодолением территориального расстояния, доступом к местам оказания услуг, а также цифровым сервисам, получением необходимой информации, несением денежных и иных расходов;', '2-3) введение института безупречной репутации, а также связанных с ним дополнительных ограничений при назначении']::text[], 'L721–L756'),
(2, 1, 'Доработка ИИС "Е-қызмет" в части актуализации сведений о государственных служащих по мере их должностных перемещений между государственными органами, восстановления на службе, а также поступления на службу вновь после прекращения',
 '{}', 'L767–L773'),
(3, 1, 'Дополнение Реестра государственных услуг общественно значимыми услугами, в том числе:',
 ARRAY['1) внесение изменений и дополнений в Правила ведения реестра государственных услуг в части определения критериев выявления общественно значимых услуг;', '2) включение в Реестр государственных услуг общественно значимых услуг']::text[], 'L778–L788'),
(4, 1, 'Организация общественного мониторинга качества общественно значимых услуг в рамках государственного социального заказа на ежегодной основе',
 '{}', 'L793–L799'),
(5, 1, 'Проработка вопросов по установлению ограничений на численность работников, осуществляющих свою деятельность в государственных органах по трудовому договору, а также условий их найма',
 '{}', 'L804–L810'),
(6, 1, 'Разработка и утверждение дорожной карты по продвижению идеалов патриотизма и профессионализма на государственной службе',
 '{}', 'L815–L821'),
(7, 1, 'Совершенствование правил служебной этики, а также текста присяги в соответствии с моделью государственной службы, основанной на принципах сервисности и клиентоориентированности, а также ценностями патриотизма и профессионализма',
 '{}', 'L826–L832'),
(8, 1, 'Выработка предложений по дальнейшей дебюрократизации государственного аппарата',
 '{}', 'L837–L843'),
(9, 2, 'Внедрение программы ранней профессиональной ориентации на государственной службе:',
 ARRAY['1) выработка предложений по внедрению механизмов ранней профессиональной ориентации на государственной службе;', '2) разработка изменений и дополнений в действующее законодательство по вопросам поступления на государственную службу']::text[], 'L857–L869'),
(10, 2, 'Доработка функционала ИИС "Е-қызмет" для формирования единого списка кандидатов из действующих государственных служащих и представителей подведомственных организаций',
 '{}', 'L874–L880'),
(11, 2, 'Наделение уполномоченного органа по делам государственной службы функцией по координации внедрения единой информационной кадровой системы в подведомственных организациях государственных органов, финансируемых за счет государственного бюджета',
 '{}', 'L885–L891'),
(12, 2, 'Совершенствование системы внутренних кадровых перемещений, в том числе:',
 ARRAY['1) упразднение внутреннего конкурса на занятие административной государственной должности корпуса "Б";', '2) расширение возможности назначения в порядке перевода в центральные государственные органы государственных служащих территориальных подразделений, их ведомств и территориальных подразделений этих ведомств, а также для государственных служащих местных исполнительных органов']::text[], 'L896–L908'),
(13, 2, 'Совершенствование системы отбора на занятие государственной должности:',
 ARRAY['1) выработка предложений по вопросам системы отбора на государственную службу;', '2) пилотная апробация одобренных подходов по централизации начальных этапов конкурса и проведения завершающего этапа практической оценки непосредственно в государственном органе, а также внеконкурсного порядка;', '3) принятие мер по итогам пилотной апробации']::text[], 'L913–L929'),
(14, 2, 'Введение системы горизонтального карьерного продвижения государственного служащего:',
 ARRAY['1) выработка предложений по вопросам горизонтального карьерного продвижения государственного служащего по классам в рамках одной категории должности, взаимосвязанной с системами оценки, обучения и оплаты труда, а также по совершенствованию системы оплаты труда, в том числе:', '- определение дифференцированной оплаты труда по классам категории должностей государственного служащего;', '- установление взаимосвязи между переменной частью оплаты труда и результатами оценки качества оказания государственных услуг, в том числе общественно значимых услуг;', '- упразднение функциональных блоков системы оплаты труда;', '- разработка механизма индексации заработных плат государственных служащих;', '- унификация подходов к исчислению стажа работы государственных служащих, дающего право на установление должностного оклада, с порядком определения выслуги лет в правоохранительных органах;', '- отказ от бонусирования в пользу ежеквартальных премий;', '2) пилотная апробация одобренных подходов;', '3) принятие мер по итогам пилотной апробации']::text[], 'L936–L977'),
(15, 2, 'Введение ассессмента для государственных служащих:',
 ARRAY['1) выработка предложений по проведению ассессмента;', '2) пилотная апробация одобренных подходов по введению ассессмента, результаты которого будут применяться для карьерного продвижения, включая как вертикальное (повышение в должности), так и горизонтальное (повышение в классе), а также для определения навыков, требующих усовершенствования и создания целевых программ обучения;', '3) принятие мер по итогам пилотной апробации']::text[], 'L984–L1011'),
(16, 2, 'Совершенствование системы обучения государственных служащих:',
 ARRAY['1) пилотная апробация обучения на основе рамки компетенций государственных служащих и стажировки, синхронизированных с системой горизонтального продвижения;', '2) внедрение новых подходов обучения и стажировки;', '3) включение в обучение лиц, впервые назначенных на должности руководителей структурных подразделений и политические должности, курсов публичных выступлений']::text[], 'L1016–L1034'),
(17, 2, 'Установление иерархии должностей государственных служащих, предусматривающей:',
 ARRAY['1) выделение в отдельную категорию избираемых служащих, утверждение особого порядка прохождения и прекращения ими государственной службы;', '2) пересмотр критериев разграничения административной и политической службы, а также реформирование института корпуса "А", в том числе определение правового статуса категорий должностей, назначаемых без проведения конкурса']::text[], 'L1039–L1049'),
(18, 3, 'Принятие мер по дальнейшему совершенствованию института наставничества, в том числе посредством создания механизмов, обеспечивающих преемственность знаний ветеранов государственной службы, а также служащих, имеющих значительный опыт на государственной службе в соответствующих сферах',
 '{}', 'L1063–L1069'),
(19, 3, 'Выработка подходов по расширению круга должностей корпуса "Б", подлежащих ротации, на отдельные должности центральных и местных государственных органов (категории В-2, С-2, С-О-2, D-O-2, Е-1), а также на исполнительские и руководящие категории административных должностей Администрации Президента Республики Казахстан и Аппарата Правительства Республики Казахстан',
 '{}', 'L1074–L1080'),
(20, 3, 'Введение упрощенного порядка прикомандирования государственных служащих со сроком не более трех месяцев',
 '{}', 'L1085–L1091'),
(21, 3, 'Выработка предложений по улучшению социальных гарантий государственных служащих, в том числе по:',
 ARRAY['1) внедрению системы социальных гарантий государственных служащих и членов их семей, переехавших в другой регион в результате должностных перемещений, включая добровольную ротацию;', '2) проработке вопроса оптимизации их налогооблагаемого дохода;', '3) обязательному включению в фонд оплаты труда государственных органов средств, направленных на выплату компенсации за сверхурочную работу в выходные и праздничные дни;', '4) внедрению программ корпоративного благосостояния, включая доступ к спортивно-оздоровительным комплексам, психологическую поддержку, а также разработку программ жилищной поддержки']::text[], 'L1096–L1110'),
(22, 3, 'Разработка инструментов нематериальной мотивации государственных служащих, в том числе:',
 ARRAY['1) систем поддержки самообразования и саморазвития государственных служащих, включая доступ к онлайн-курсам, библиотекам, менторским программам и индивидуальным консультациям;', '2) предоставление дополнительных дней отпуска в зависимости от стажа работы на государственной службе']::text[], 'L1115–L1125'),
(23, 3, 'Принятие мер по обеспечению защиты чести и достоинства государственных служащих от посягательств, связанных с их профессиональной деятельностью',
 '{}', 'L1130–L1136'),
(24, 3, 'Совершенствование деятельности служб управления персоналом государственных органов путем возложения на службы управления персоналом государственных органов обязанностей по вопросам кадрового планирования и прогнозирования в рамках ранней профессиональной ориентации на государственной службе',
 '{}', 'L1141–L1147'),
(25, 3, 'Принятие мер по цифровизации процессов управления персоналом на государственной службе посредством:',
 ARRAY['1) применения искусственного интеллекта для внедрения новых видов оценки и поиска кандидатов из различных баз данных;', '2) централизации кадровых процедур в ИИС "Е-қызмет";', '3) автоматизации процесса объявления вакантных должностей']::text[], 'L1152–L1164'),
(26, 3, 'Совершенствование системы дисциплинарной ответственности государственных служащих, в том числе путем:',
 ARRAY['1) полного и всестороннего ее рассмотрения, позволяющего учитывать обстоятельства, исключающие, смягчающие или отягчающие дисциплинарную ответственность;', '2) закрепления права ограничиваться ранее наложенным дисциплинарным взысканием при отсутствии отягчающих обстоятельств;', '3) установления взаимосвязи между ответственностью за коррупцию подчиненных и оказанным им политическим доверием;', '4) пересмотра видов дисциплинарной ответственности и условий прекращения государственной службы избираемыми государственными служащими']::text[], 'L1169–L1185');

INSERT INTO civilservice.concept_plan_deliverable
    (code, item_no, subitems, forms, deadline_text, deadline_cell, period, due, recurring,
     executors, executors_blank, lead_executor, source_lines)
SELECT v.code, v.item_no, v.subitems, v.forms, v.deadline_text, v.deadline_cell, s.period, s.due, s.recurring,
       v.executors, v.executors_blank, v.lead_executor, v.source_lines
  FROM (VALUES
('1a', 1, '1)', ARRAY['Предложение в АП'], 'I полугодие 2025 года', 'I полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L721–L725, L733, L737, L741'),
('1b', 1, '2), 2-1), 2-2), 2-3)', ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L727–L756, L735, L739, L743'),
('2', 2, NULL, ARRAY['Разработанный функционал в ИИС "Е-қызмет"'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L767–L773'),
('3', 3, '1), 2)', ARRAY['Реестр государственных услуг'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['МЦРИАП', 'АДГС'], false, 'МЦРИАП', 'L778–L788'),
('4', 4, NULL, ARRAY['Общественный мониторинг'], 'ежегодно', 'ежегодно', ARRAY['АДГС'], false, 'АДГС', 'L793–L799'),
('5', 5, NULL, ARRAY['Предложение в АП'], 'I полугодие 2025 года', 'I полугодие 2025 года', ARRAY['АДГС', 'МТСЗН', 'МНЭ'], false, 'АДГС', 'L804–L810'),
('6', 6, NULL, ARRAY['Дорожная карта'], 'I полугодие 2025 года', 'I полугодие 2025 года', ARRAY['АДГС', 'МКИ'], false, 'АДГС', 'L815–L821'),
('7', 7, NULL, ARRAY['Указ Президента'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L826–L832'),
('8', 8, NULL, ARRAY['Предложение в АП'], 'II полугодие 2024 года', 'II полугодие 2024 года', ARRAY['Аппарат Правительства', 'АДГС'], false, 'Аппарат Правительства', 'L837–L843'),
('9a', 9, '1)', ARRAY['Предложение в АП'], 'I полугодие 2025 года', 'I полугодие 2025 года II полугодие 2025 года', ARRAY['АДГС', 'МНВО', 'МП'], false, 'АДГС', 'L857–L859, L863, L867, L869'),
('9b', 9, '2)', ARRAY['Проект Закона'], 'II полугодие 2025 года', 'I полугодие 2025 года II полугодие 2025 года', ARRAY['АДГС', 'МНВО', 'МП'], false, 'АДГС', 'L861, L865, L867, L869'),
('10', 10, NULL, ARRAY['Разработанный функционал в ИИС "Е-қызмет"'], 'II полугодие 2024 года', 'II полугодие 2024 года', ARRAY['АДГС'], false, 'АДГС', 'L874–L880'),
('11', 11, NULL, ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС', 'МНЭ'], false, 'АДГС', 'L885–L891'),
('12', 12, '1), 2)', ARRAY['Проект Закона', 'Указ Президента'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L896–L908'),
('13a', 13, '1)', ARRAY['Предложение в АП'], 'I полугодие 2025 года', 'I полугодие 2025 года 2025 год', ARRAY['АДГС'], false, 'АДГС', 'L913–L915, L921, L925, L929'),
('13b', 13, '2)', ARRAY['Пилотный проект'], '2025 год', 'I полугодие 2025 года 2025 год', ARRAY['АДГС'], false, 'АДГС', 'L917, L921, L925, L929'),
('13c', 13, '3)', ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L919, L923, L927, L929'),
('14a', 14, '1)', ARRAY['Предложение в Аппарат Правительства'], 'I полугодие 2026 года', 'I полугодие 2026 года', ARRAY['АДГС', 'МНЭ'], false, 'АДГС', 'L936–L950, L956, L960, L964'),
('14b', 14, '1)', ARRAY['Предложение в АП'], 'II полугодие 2026 года', 'II полугодие 2026 года', ARRAY['АДГС', 'Правительство'], false, 'АДГС', 'L958, L962, L966'),
('14c', 14, '2)', ARRAY['Пилотный проект'], '2027 - 2028 годы', '2027 - 2028 годы', ARRAY['АДГС'], true, 'АДГС', 'L952, L971, L975, L979'),
('14d', 14, '3)', ARRAY['Проект Закона'], 'I полугодие 2029 года', 'I полугодие 2029 года', ARRAY['АДГС'], true, 'АДГС', 'L954, L973, L977, L980'),
('15a', 15, '1)', ARRAY['Предложение в АП'], 'II полугодие 2026 года', 'II полугодие 2026 года', ARRAY['АДГС', 'АГУ'], false, 'АДГС', 'L984–L992'),
('15b', 15, '2)', ARRAY['Пилотная апробация'], '2027 - 2028 годы', '2027 - 2028 годы', ARRAY['АДГС', 'АГУ'], false, 'АДГС', 'L997, L1001, L1005, L1009'),
('15c', 15, '3)', ARRAY['Проект Закона'], 'I полугодие 2029 года', 'I полугодие 2029 года', ARRAY['АДГС'], false, 'АДГС', 'L999, L1003, L1007, L1011'),
('16a', 16, '1)', ARRAY['Пилотная апробация'], '2027 - 2028 годы', '2027 - 2028 годы', ARRAY['АДГС', 'АГУ'], false, 'АДГС', 'L1016–L1018, L1024, L1028, L1032'),
('16b', 16, '2), 3)', ARRAY['Постановление Правительства'], 'I полугодие 2029 года', 'I полугодие 2029 года', ARRAY['АДГС'], false, 'АДГС', 'L1020–L1022, L1026, L1030, L1034'),
('17', 17, '1), 2)', ARRAY['Проекты Конституционного закона и Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L1039–L1049'),
('18', 18, NULL, ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L1063–L1069'),
('19', 19, NULL, ARRAY['Предложение в АП'], 'II полугодие 2024 года', 'II полугодие 2024 года', ARRAY['АДГС', 'Аппарат Правительства'], false, 'АДГС', 'L1074–L1080'),
('20', 20, NULL, ARRAY['Постановление Правительства'], 'I полугодие 2027 года', 'I полугодие 2027 года', ARRAY['АДГС'], false, 'АДГС', 'L1085–L1091'),
('21', 21, '1), 2), 3), 4)', ARRAY['Предложение в АП'], 'I полугодие 2025 года', 'I полугодие 2025 года', ARRAY['АДГС', 'МТСЗН', 'МНЭ'], false, 'АДГС', 'L1096–L1110'),
('22', 22, '1), 2)', ARRAY['Проект Закона'], 'I полугодие 2027 года', 'I полугодие 2027 года', ARRAY['АДГС'], false, 'АДГС', 'L1115–L1125'),
('23', 23, NULL, ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС', 'МЮ'], false, 'АДГС', 'L1130–L1136'),
('24', 24, NULL, ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L1141–L1147'),
('25a', 25, '1)', ARRAY['Разработанный функционал в ИИС "Е-қызмет"'], 'I полугодие 2026 года', 'I полугодие 2026 года II полугодие 2026 года I полугодие 2027 года', ARRAY['АДГС', 'АГУ'], false, 'АДГС', 'L1152–L1154, L1160, L1162, L1164'),
('25b', 25, '2)', ARRAY['Разработанный функционал в ИИС "Е-қызмет"'], 'II полугодие 2026 года', 'I полугодие 2026 года II полугодие 2026 года I полугодие 2027 года', ARRAY['АДГС', 'АГУ'], false, 'АДГС', 'L1156, L1160, L1162, L1164'),
('25c', 25, '3)', ARRAY['Разработанный функционал в ИИС "Е-қызмет"'], 'I полугодие 2027 года', 'I полугодие 2026 года II полугодие 2026 года I полугодие 2027 года', ARRAY['АДГС', 'АГУ'], false, 'АДГС', 'L1158, L1160, L1162, L1164'),
('26', 26, '1), 2), 3), 4)', ARRAY['Проект Закона'], 'II полугодие 2025 года', 'II полугодие 2025 года', ARRAY['АДГС'], false, 'АДГС', 'L1169–L1185')
       ) v (code, item_no, subitems, forms, deadline_text, deadline_cell, executors, executors_blank, lead_executor, source_lines)
 CROSS JOIN LATERAL civilservice.plan_period_summary(v.deadline_text) s;

CREATE FUNCTION civilservice.concept_plan_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_TABLE_SCHEMA <> 'civilservice'
       OR TG_TABLE_NAME NOT IN ('concept_plan_item', 'concept_plan_deliverable') THEN
        RAISE EXCEPTION 'concept_plan_guard() must be a BEFORE trigger on civilservice.concept_plan_item or concept_plan_deliverable'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF civilservice.shipping() THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    PERFORM civilservice.refuse('Концепция, план действий', 'integrity_constraint_violation', 'concept_plan_shipped', TG_TABLE_NAME,
        'the action plan of the Concept is its text and is changed by no one',
        pg_catalog.format('%s of %s.', TG_OP, TG_TABLE_NAME),
        'Record the progress of a deliverable in civilservice.concept_plan_progress, and its act in civilservice.implementing_act.');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.concept_plan_guard() IS
  'Trigger: the shipped items and deliverables of the action plan are written by the extension''s script only (concept_plan_shipped)';
CREATE TRIGGER concept_plan_item_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.concept_plan_item
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_plan_guard();
CREATE TRIGGER concept_plan_item_shipped_truncate BEFORE TRUNCATE ON civilservice.concept_plan_item
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.concept_plan_guard();
CREATE TRIGGER concept_plan_deliverable_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.concept_plan_deliverable
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_plan_guard();
CREATE TRIGGER concept_plan_deliverable_shipped_truncate BEFORE TRUNCATE ON civilservice.concept_plan_deliverable
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.concept_plan_guard();
COMMENT ON TRIGGER concept_plan_item_shipped ON civilservice.concept_plan_item IS 'The items of the plan are the Concept''s text: written by the extension only';
COMMENT ON TRIGGER concept_plan_item_shipped_truncate ON civilservice.concept_plan_item IS 'TRUNCATE would delete the items of the plan';
COMMENT ON TRIGGER concept_plan_deliverable_shipped ON civilservice.concept_plan_deliverable IS 'The deliverables of the plan are the Concept''s text: written by the extension only';
COMMENT ON TRIGGER concept_plan_deliverable_shipped_truncate ON civilservice.concept_plan_deliverable IS 'TRUNCATE would delete the deliverables of the plan';

-- An implementing act names the deliverable it completes.
ALTER TABLE civilservice.implementing_act ADD CONSTRAINT implementing_act_deliverable_fkey
    FOREIGN KEY (deliverable) REFERENCES civilservice.concept_plan_deliverable (code);
COMMENT ON CONSTRAINT implementing_act_deliverable_fkey ON civilservice.implementing_act IS
  'The deliverable an act completes is one of the action plan (civilservice.concept_plan_deliverable)';

------------------------------------------------------------------------------
-- Progress (national reference data: the administrator records it)

CREATE TABLE civilservice.concept_plan_progress (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    deliverable text NOT NULL REFERENCES civilservice.concept_plan_deliverable (code),
    year        integer
                CONSTRAINT concept_plan_progress_year_check CHECK (civilservice.checked(year BETWEEN 2024 AND 2029,
        'Концепция, L55', 'concept_plan_progress_year_check', 'concept_plan_progress', 'a year of the recurring item is within the Concept period 2024–2029',
        pg_catalog.format('Year given: %s.', year))),
    status      text NOT NULL
                CONSTRAINT concept_plan_progress_status_check CHECK (civilservice.checked(status IN ('in_progress', 'submitted', 'adopted', 'rejected'),
        'Концепция, план действий', 'concept_plan_progress_status_check', 'concept_plan_progress', 'unknown status of a deliverable',
        pg_catalog.format('Status given: "%s".', status), 'Use in_progress, submitted, adopted or rejected.')),
    on_date     date NOT NULL
                CONSTRAINT concept_plan_progress_on_date_check CHECK (civilservice.checked(pg_catalog.isfinite(on_date),
        'Концепция, план действий', 'concept_plan_progress_on_date_check', 'concept_plan_progress', 'a status has a calendar date')),
    act_id      bigint REFERENCES civilservice.implementing_act (id),
    note        text
);
COMMENT ON TABLE civilservice.concept_plan_progress IS
  'Ход исполнения плана действий: the status of a deliverable from a date (in_progress, submitted, adopted, rejected), recorded by the administrator; the latest row on or before a date counts. An implementing act recorded with the deliverable makes it adopted without a row here (civilservice.concept_plan_status). National reference data; kept by pg_dump';
COMMENT ON COLUMN civilservice.concept_plan_progress.id IS 'Key';
COMMENT ON COLUMN civilservice.concept_plan_progress.deliverable IS 'The deliverable (concept_plan_deliverable.code)';
COMMENT ON COLUMN civilservice.concept_plan_progress.year IS 'The year of the recurring deliverable (item 4, «ежегодно») the row is about; NULL for every other deliverable';
COMMENT ON COLUMN civilservice.concept_plan_progress.status IS 'in_progress (work on it), submitted (the draft or proposal is sent to the body that adopts it), adopted (the act is adopted or the result delivered), rejected (the draft was sent back: the work goes on)';
COMMENT ON COLUMN civilservice.concept_plan_progress.on_date IS 'Date from which the status holds';
COMMENT ON COLUMN civilservice.concept_plan_progress.act_id IS 'The implementing act adopted (for status adopted when the act is not recorded with the deliverable)';
COMMENT ON COLUMN civilservice.concept_plan_progress.note IS 'Примечание: the outgoing letter, the reason of a rejection';
COMMENT ON CONSTRAINT concept_plan_progress_year_check ON civilservice.concept_plan_progress IS 'The year is within 2024–2029';
COMMENT ON CONSTRAINT concept_plan_progress_status_check ON civilservice.concept_plan_progress IS 'Status is in_progress, submitted, adopted or rejected';
COMMENT ON CONSTRAINT concept_plan_progress_on_date_check ON civilservice.concept_plan_progress IS 'The date is a calendar date';
COMMENT ON SEQUENCE civilservice.concept_plan_progress_id_seq IS 'Keys of civilservice.concept_plan_progress';

CREATE FUNCTION civilservice.concept_plan_progress_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    d civilservice.concept_plan_deliverable;
    act_deliverable text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'concept_plan_progress' THEN
        RAISE EXCEPTION 'concept_plan_progress_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.concept_plan_progress'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT * INTO d FROM civilservice.concept_plan_deliverable WHERE code = NEW.deliverable;
    IF NOT FOUND THEN
        RETURN NEW;  -- the foreign key refuses it
    END IF;
    IF d.recurring <> (NEW.year IS NOT NULL) THEN
        PERFORM civilservice.refuse(pg_catalog.format('Концепция, %s', d.source_lines), 'check_violation', 'concept_plan_progress_year',
            'concept_plan_progress',
            CASE WHEN d.recurring THEN 'the progress of a recurring deliverable names its year'
                 ELSE 'only the progress of a recurring deliverable names a year' END,
            pg_catalog.format('Deliverable %s («%s»), year %s.', d.code, d.deadline_text, coalesce(NEW.year::text, 'NULL')),
            CASE WHEN d.recurring THEN 'Give the year (2024…2029) the monitoring is for.' ELSE 'Leave year empty.' END);
    END IF;
    IF NEW.act_id IS NOT NULL THEN
        SELECT deliverable INTO act_deliverable FROM civilservice.implementing_act WHERE id = NEW.act_id;
        IF act_deliverable IS DISTINCT FROM NEW.deliverable AND act_deliverable IS NOT NULL THEN
            PERFORM civilservice.refuse(pg_catalog.format('Концепция, %s', d.source_lines), 'check_violation', 'concept_plan_progress_act_deliverable',
                'concept_plan_progress', 'the act is recorded for another deliverable',
                pg_catalog.format('Act %s completes deliverable %s, the row is for %s.', NEW.act_id, act_deliverable, NEW.deliverable),
                'Name the act of this deliverable, or correct the deliverable of the act.');
        END IF;
    END IF;
    IF NEW.status = 'adopted' AND NEW.act_id IS NULL
       AND NOT EXISTS (SELECT FROM civilservice.implementing_act WHERE deliverable = NEW.deliverable) THEN
        PERFORM civilservice.refuse(pg_catalog.format('Концепция, %s', d.source_lines), 'check_violation', 'concept_plan_progress_adopted_act',
            'concept_plan_progress', 'an adopted deliverable names the act that adopted it',
            pg_catalog.format('Deliverable %s is marked adopted on %s with no act.', NEW.deliverable, NEW.on_date),
            'Record the act in civilservice.implementing_act (with the deliverable, which is enough) or give act_id.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.concept_plan_progress_check() IS
  'Trigger: a recurring deliverable''s progress names its year and no other does (concept_plan_progress_year); the act named is not another deliverable''s (concept_plan_progress_act_deliverable); adopted needs an act (concept_plan_progress_adopted_act)';
CREATE TRIGGER concept_plan_progress_check BEFORE INSERT OR UPDATE ON civilservice.concept_plan_progress
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_plan_progress_check();
COMMENT ON TRIGGER concept_plan_progress_check ON civilservice.concept_plan_progress IS
  'Year of the recurring deliverable, act of another deliverable, adopted without an act';
CREATE TRIGGER concept_plan_progress_history AFTER UPDATE OR DELETE ON civilservice.concept_plan_progress
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER concept_plan_progress_history ON civilservice.concept_plan_progress IS 'Every change of the progress is kept in civilservice.history';

SELECT pg_catalog.pg_extension_config_dump('civilservice.concept_plan_progress', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.concept_plan_progress_id_seq', '');

------------------------------------------------------------------------------
-- Due dates and status

CREATE FUNCTION civilservice.concept_plan_due()
RETURNS TABLE (code text, item_no integer, year integer, period daterange, due date, last_working_day date)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT d.code, d.item_no, i.year, i.period, i.due, civilservice.prev_working_day(i.due + 1, 'kz')
      FROM civilservice.concept_plan_deliverable d
     CROSS JOIN LATERAL (
            SELECT pg_catalog.date_part('year', p.due)::integer AS year, p.period, p.due
              FROM civilservice.plan_period(d.deadline_text) p
             WHERE d.recurring
            UNION ALL
            SELECT NULL, d.period, d.due
             WHERE NOT d.recurring) i
     ORDER BY d.item_no, d.code, i.due
$$;
COMMENT ON FUNCTION civilservice.concept_plan_due() IS
  'Every due date of the action plan: one row per deliverable, and one per year 2024…2029 for the recurring item 4 («ежегодно», due 31 December); last_working_day is the last working day on or before the due date on the national calendar kz (2028-12-31 is a Sunday: 2028-12-29)';

CREATE FUNCTION civilservice.concept_plan_status(on_date date, soon_working_days integer DEFAULT 20)
RETURNS TABLE (item_no integer, direction integer, code text, year integer, forms text[], deadline_text text,
               executors text[], due date, last_working_day date, state text, state_since date,
               overdue boolean, due_soon boolean, act_id bigint, act_reference text, act_adopted_on date,
               parameters text[])
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT u.item_no, it.direction, u.code, u.year, d.forms, d.deadline_text, d.executors, u.due, u.last_working_day,
           s.state, s.since,
           $1 > u.due AND s.state NOT IN ('adopted', 'submitted'),
           s.state NOT IN ('adopted', 'submitted') AND $1 <= u.due
               AND u.last_working_day <= civilservice.add_working_days($1, $2, 'kz'),
           s.act_id, ia.reference, ia.adopted_on,
           ARRAY(SELECT cp.name FROM civilservice.concept_parameter cp WHERE u.code = ANY (cp.brought_by) ORDER BY cp.name)
      FROM civilservice.concept_plan_due() u
      JOIN civilservice.concept_plan_deliverable d ON d.code = u.code
      JOIN civilservice.concept_plan_item it ON it.no = u.item_no
      LEFT JOIN LATERAL (
            SELECT a.id, a.adopted_on
              FROM civilservice.implementing_act a
             WHERE a.deliverable = u.code AND a.adopted_on <= $1
               AND (u.year IS NULL OR a.adopted_on <@ u.period)
             ORDER BY a.adopted_on, a.id
             LIMIT 1) a ON true
      LEFT JOIN LATERAL (
            SELECT p.status, p.on_date, p.act_id
              FROM civilservice.concept_plan_progress p
             WHERE p.deliverable = u.code AND p.year IS NOT DISTINCT FROM u.year AND p.on_date <= $1
             ORDER BY p.on_date DESC, p.id DESC
             LIMIT 1) p ON true
     CROSS JOIN LATERAL (
            SELECT CASE WHEN a.id IS NOT NULL OR p.status = 'adopted' THEN 'adopted'
                        WHEN p.status = 'submitted' THEN 'submitted'
                        WHEN p.status IN ('in_progress', 'rejected') THEN 'in_progress'
                        ELSE 'not_started' END AS state,
                   CASE WHEN a.id IS NOT NULL THEN a.adopted_on ELSE p.on_date END AS since,
                   CASE WHEN a.id IS NOT NULL THEN a.id WHEN p.status = 'adopted' THEN p.act_id END AS act_id) s
      LEFT JOIN civilservice.implementing_act ia ON ia.id = s.act_id
     ORDER BY u.item_no, u.code, u.due
$$;
COMMENT ON FUNCTION civilservice.concept_plan_status(date, integer) IS
  'The action plan on a date: per deliverable (and per year for the recurring item 4) its due date and last working day (calendar kz), state adopted (an implementing act recorded with the deliverable and adopted by the date, for item 4 within the year, or progress adopted), submitted, in_progress (also after a rejection) or not_started (the latest progress row on or before the date), the date of that state, overdue (the date is after the due date and it is neither adopted nor submitted), due_soon (not overdue, not adopted or submitted, and the last working day is within soon_working_days working days after the date, default 20), the adopting act, and the parameters of the Concept that deliverable brings into force (concept_parameter.brought_by)';

CREATE VIEW civilservice.concept_plan_status AS
SELECT * FROM civilservice.concept_plan_status(CURRENT_DATE);
COMMENT ON VIEW civilservice.concept_plan_status IS
  'The action plan today: civilservice.concept_plan_status(CURRENT_DATE) with due_soon within 20 working days';
COMMENT ON COLUMN civilservice.concept_plan_status.item_no IS 'Item of the plan';
COMMENT ON COLUMN civilservice.concept_plan_status.direction IS 'Direction 1…3';
COMMENT ON COLUMN civilservice.concept_plan_status.code IS 'Deliverable';
COMMENT ON COLUMN civilservice.concept_plan_status.year IS 'Year of the recurring item 4; NULL otherwise';
COMMENT ON COLUMN civilservice.concept_plan_status.forms IS 'Форма завершения';
COMMENT ON COLUMN civilservice.concept_plan_status.deadline_text IS 'Срок завершения as printed';
COMMENT ON COLUMN civilservice.concept_plan_status.executors IS 'Ответственные исполнители';
COMMENT ON COLUMN civilservice.concept_plan_status.due IS 'Last day of the period';
COMMENT ON COLUMN civilservice.concept_plan_status.last_working_day IS 'Last working day on or before the due date (calendar kz)';
COMMENT ON COLUMN civilservice.concept_plan_status.state IS 'adopted, submitted, in_progress or not_started today';
COMMENT ON COLUMN civilservice.concept_plan_status.state_since IS 'Date of that state (the act''s adoption, or the progress row''s date)';
COMMENT ON COLUMN civilservice.concept_plan_status.overdue IS 'Past due and neither adopted nor submitted';
COMMENT ON COLUMN civilservice.concept_plan_status.due_soon IS 'Due within 20 working days and neither adopted nor submitted';
COMMENT ON COLUMN civilservice.concept_plan_status.act_id IS 'The adopting implementing act';
COMMENT ON COLUMN civilservice.concept_plan_status.act_reference IS 'Its kind, date and number';
COMMENT ON COLUMN civilservice.concept_plan_status.act_adopted_on IS 'Its date of adoption';
COMMENT ON COLUMN civilservice.concept_plan_status.parameters IS 'Parameters of the Concept the deliverable brings into force';
