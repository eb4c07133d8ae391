-- The action plan of the Concept: the grammar of its deadline texts
-- (CONCEPT §3.4), every form, a cell with several deadlines, the text
-- defects of §0, and the refusal of a text it does not understand.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

-- the six forms of the plan
SELECT * FROM civilservice.plan_period('I полугодие 2025 года');
SELECT * FROM civilservice.plan_period('II полугодие 2024 года');
SELECT * FROM civilservice.plan_period('2025 год');
SELECT * FROM civilservice.plan_period('2027 - 2028 годы');
SELECT * FROM civilservice.plan_period('ежегодно');
SELECT count(*), min(due), max(due), bool_and(recurring) FROM civilservice.plan_period('на ежегодной основе');
-- cells with several deadlines, split in order of appearance (L867, L925, L1162)
SELECT * FROM civilservice.plan_period('I полугодие 2025 года II полугодие 2025 года');
SELECT * FROM civilservice.plan_period('I полугодие 2025 года 2025 год');
SELECT * FROM civilservice.plan_period('I полугодие 2026 года II полугодие 2026 года I полугодие 2027 года');
-- other dashes and no spaces; text defects: NBSP, tabs, extra spaces, Cyrillic І
SELECT * FROM civilservice.plan_period('2027–2028 годы');
SELECT * FROM civilservice.plan_period('2027 — 2028 годы');
SELECT * FROM civilservice.plan_period(E'\tII\u00a0полугодие  2029 года ');
SELECT * FROM civilservice.plan_period(E'\u0406 полугодие 2029 года');
-- forms not in this plan: quarters, months (nominative and genitive), days, «до», quarterly
SELECT * FROM civilservice.plan_period('I квартал 2026 года');
SELECT * FROM civilservice.plan_period('II квартал 2026 года, III квартал 2026 года и IV квартал 2026 года');
SELECT * FROM civilservice.plan_period('декабрь 2026 года');
SELECT * FROM civilservice.plan_period('февраля 2028 года');
SELECT * FROM civilservice.plan_period('31 декабря 2026 года');
SELECT * FROM civilservice.plan_period('до 1 июля 2026 года');
SELECT * FROM civilservice.plan_period('до 1 марта 2028 года');
SELECT ordinal, count(*), min(due), max(due), bool_and(recurring) FROM civilservice.plan_period('ежеквартально') GROUP BY ordinal;
SELECT * FROM civilservice.plan_period('ежеквартально') WHERE due < '2025-01-01';
-- the whole span, as the deliverables store it
SELECT * FROM civilservice.plan_period_summary('ежегодно');
SELECT * FROM civilservice.plan_period_summary('I полугодие 2026 года II полугодие 2026 года I полугодие 2027 года');
-- IMMUTABLE STRICT
SELECT count(*) FROM civilservice.plan_period(NULL);
SELECT provolatile, proisstrict FROM pg_proc WHERE oid = 'civilservice.plan_period(text)'::regprocedure;

-- what it does not understand is refused, quoting the text
\x on
SELECT * FROM regress.refusal($$SELECT * FROM civilservice.plan_period('III полугодие 2025 года')$$);
\x off
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period('V квартал 2026 года')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period('до 31 июня 2026 года')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period('2028 - 2027 годы')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period('I полугодие 2025 года по мере необходимости')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period('грудень 2026 года')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period('2025 годах')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$SELECT * FROM civilservice.plan_period(E' \t ')$$);

ROLLBACK;
