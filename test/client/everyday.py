"""The everyday flow of an HR application with psycopg2, as a developer writes it.

Connects as the login roles that test/checks/client_psycopg2.sh creates
(members of the shipped roles, mapped to state body 500 in
civilservice.role_body), with the default connection settings: PGHOST,
PGPORT and PGDATABASE from the environment, no options, no SET. Prints one
line per step; exits non-zero on the first failure.
"""
import datetime
import io
import sys

import psycopg2
import psycopg2.errors

BODY = 500


def connect(role):
    conn = psycopg2.connect(user=role)
    conn.autocommit = False
    return conn


def step(name):
    def run(fn):
        try:
            said = fn()
        except Exception as e:  # the first failure ends the run
            print(f"FAILED {name}: {type(e).__name__}: {e}".rstrip())
            sys.exit(1)
        print(f"ok {name}" + (f": {said}" if said else ""))
        return fn
    return run


def check(condition, what):
    if not condition:
        raise AssertionError(what)


hr = connect("cs_client_hr")
head = connect("cs_client_head")
loader = connect("cs_client_loader")
reader = connect("cs_client_reader")


@step("the database's search_path names civilservice")
def _():
    with hr.cursor() as cur:
        cur.execute("SHOW search_path")
        path = cur.fetchone()[0]
    check(path.split(", ")[-1] == "civilservice", path)
    return path


@step("look up an employee by IIN (literal)")
def _():
    with hr.cursor() as cur:
        cur.execute("SELECT state_body_id, id, full_name FROM civilservice.employee WHERE iin = '880202300037' ORDER BY 1")
        rows = cur.fetchall()
    # the person is an employee of both bodies HR serves
    check(rows == [(500, 2, "Асанов"), (501, 1, "Асанов")], rows)
    return rows


@step("look up by IIN with a parameter (untyped and typed)")
def _():
    with hr.cursor() as cur:
        cur.execute("SELECT id FROM civilservice.employee WHERE iin = %s", ("910303400043",))
        untyped = cur.fetchall()
        cur.execute("SELECT id FROM civilservice.employee WHERE iin = %s::civilservice.iin", ("910303400043",))
        typed = cur.fetchall()
        cur.execute("SELECT id FROM civilservice.employee WHERE iin = %s::iin", ("910303400043",))
        short = cur.fetchall()
    check(untyped == typed == short == [(3,)], (untyped, typed, short))
    return f"{untyped} {typed} {short}"


@step("IN and = ANY over IINs")
def _():
    with hr.cursor() as cur:
        cur.execute("SELECT id FROM civilservice.employee WHERE state_body_id = 500 AND iin IN %s ORDER BY id",
                    (("880202300037", "910303400043"),))
        listed = cur.fetchall()
        # a Python list is sent as ARRAY['…', …], a text[]: say which array it is
        cur.execute("SELECT id FROM civilservice.employee WHERE state_body_id = 500 AND iin = ANY (%s::iin[]) ORDER BY id",
                    (["880202300037", "910303400043"],))
        anyof = cur.fetchall()
    check(listed == anyof == [(2,), (3,)], (listed, anyof))
    return f"{listed}"


@step("join two bodies' employees on IIN")
def _():
    with hr.cursor() as cur:
        cur.execute("""SELECT a.id, b.state_body_id, b.id
                         FROM civilservice.employee a
                         JOIN civilservice.employee b ON b.iin = a.iin AND b.state_body_id <> a.state_body_id
                        WHERE a.state_body_id = %s""", (BODY,))
        rows = cur.fetchall()
    check(rows == [(2, 501, 1)], rows)
    return rows


@step("the index on employee (iin) serves the look-up (EXPLAIN)")
def _():
    plans = []
    with hr.cursor() as cur:
        for sql, args in [("SELECT id FROM civilservice.employee WHERE iin = '880202300037'", None),
                          ("SELECT id FROM civilservice.employee WHERE iin = %s", ("880202300037",)),
                          ("SELECT id FROM civilservice.employee WHERE iin = %s::iin", ("880202300037",))]:
            cur.execute("EXPLAIN (COSTS OFF) " + sql, args)
            plan = "\n".join(r[0] for r in cur.fetchall())
            check("employee_iin_idx" in plan, plan)
            plans.append(plan.splitlines()[0].strip())
    return "; ".join(plans)


@step("insert an employee with IIN and schedule from str parameters")
def _():
    with hr.cursor() as cur:
        cur.execute("""INSERT INTO civilservice.employee (state_body_id, iin, full_name, work_schedule, employed_from)
                       VALUES (%s, %s, %s, %s, %s) RETURNING id, iin, work_schedule""",
                    (BODY, "870404500059", "Ким", "08:00-17:00, break 12:00-13:00", datetime.date(2024, 9, 2)))
        first = cur.fetchone()
        # as drivers that type their strings send them (JDBC: varchar)
        cur.execute("""INSERT INTO civilservice.employee (state_body_id, iin, full_name, work_schedule, employed_from)
                       VALUES (%s, %s::varchar, %s, %s::text, %s) RETURNING id, iin, work_schedule""",
                    (BODY, "850515400121", "Серикова",
                     "start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8",
                     datetime.date(2024, 9, 2)))
        second = cur.fetchone()
    hr.commit()
    check(first[1] == "870404500059" and isinstance(first[1], str), first)
    check(second[1] == "850515400121", second)
    return f"{first}, {second}"


@step("a refused IIN names its type and what is wrong")
def _():
    with hr.cursor() as cur:
        try:
            cur.execute("INSERT INTO civilservice.employee (state_body_id, iin, full_name, employed_from) "
                        "VALUES (%s, %s::text, %s, %s)", (BODY, "900101400024", "Опечатка", datetime.date(2024, 1, 1)))
        except psycopg2.errors.InvalidTextRepresentation as e:
            hr.rollback()
            check("type iin" in e.diag.message_primary, e.diag.message_primary)
            return f"{e.pgcode} {e.diag.message_primary} / {e.diag.message_detail}"
    raise AssertionError("an invalid IIN was stored")


act_id = None


@step("HR drafts a remote act for two employees")
def _():
    global act_id
    with hr.cursor() as cur:
        cur.execute("""INSERT INTO civilservice.act (state_body_id, regime, number, act_date, issued_by, basis, basis_text,
                                                     term, place_of_work)
                       VALUES (%s, 'remote', %s, %s, 1, 'agreement', %s, %s, %s) RETURNING id""",
                    (BODY, "12-ДР", datetime.date(2026, 11, 20), "Соглашение сторон от 19.11.2026",
                     "[2026-12-01,2027-03-01)", "г. Астана, по месту жительства"))
        act_id = cur.fetchone()[0]
        cur.execute("INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (%s, %s, 2), (%s, %s, 3)",
                    (BODY, act_id, BODY, act_id))
        # Асанов has acknowledged п. 22, Бекова not yet
        cur.execute("""INSERT INTO civilservice.obligation_acknowledgement
                              (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
                       SELECT %s, 2, w.id, %s, 'paper', 'Лист ознакомления № 31'
                         FROM civilservice.rule_wording w WHERE w.point = 'п. 22'""",
                    (BODY, datetime.date(2026, 11, 19)))
    hr.commit()
    return f"act {act_id}"


@step("signing is refused: every field of the refusal")
def _():
    with head.cursor() as cur:
        try:
            cur.execute("UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = %s AND id = %s", (BODY, act_id))
        except psycopg2.errors.CheckViolation as e:
            head.rollback()
            check(e.pgcode == "23514", e.pgcode)
            check(e.diag.constraint_name == "act_employee_obligations_acknowledged", e.diag.constraint_name)
            check(e.diag.message_primary.startswith("п. 22"), e.diag.message_primary)
            check(e.diag.message_detail and e.diag.message_hint, (e.diag.message_detail, e.diag.message_hint))
            check(e.diag.schema_name == "civilservice" and e.diag.table_name, (e.diag.schema_name, e.diag.table_name))
            return (f"{e.pgcode} {e.diag.constraint_name} | {e.diag.message_primary} | "
                    f"detail: {e.diag.message_detail} | hint: {e.diag.message_hint}")
    raise AssertionError("the act was signed without the acknowledgement of п. 22")


@step("the authorized person signs once everyone has acknowledged п. 22")
def _():
    with hr.cursor() as cur:
        cur.execute("""INSERT INTO civilservice.obligation_acknowledgement
                              (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
                       SELECT %s, 3, w.id, %s, 'e_qyzmet', 'Электронный лист ознакомления № 77'
                         FROM civilservice.rule_wording w WHERE w.point = 'п. 22'""",
                    (BODY, datetime.date(2026, 11, 20)))
    hr.commit()
    with head.cursor() as cur:
        cur.execute("""UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = %s AND id = %s
                       RETURNING status, signed_by_role, signed_by_employee""", (BODY, act_id))
        row = cur.fetchone()
    head.commit()
    check(row == ("signed", "cs_client_head", 1), row)
    return row


@step("HR may not sign (42501)")
def _():
    with hr.cursor() as cur:
        try:
            cur.execute("UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = %s AND id = %s", (BODY, act_id))
        except psycopg2.errors.InsufficientPrivilege as e:
            hr.rollback()
            return f"{e.pgcode} {e.diag.message_primary}"
    raise AssertionError("HR signed an act")


@step("file an application for flexible time and read it")
def _():
    with hr.cursor() as cur:
        cur.execute("""INSERT INTO civilservice.flexible_application
                              (state_body_id, employee_id, channel, reasons, requested_schedule, requested_period)
                       VALUES (%s, 2, 'e_qyzmet', %s, %s, %s) RETURNING id""",
                    (BODY, "Уход за ребёнком", "start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8",
                     "[2027-01-04,2027-07-01)"))
        app_id = cur.fetchone()[0]
    hr.commit()
    with reader.cursor() as cur:
        cur.execute("SELECT status, received_on, deadline FROM civilservice_bi.application_queue "
                    "WHERE state_body_id = %s AND application_id = %s", (BODY, app_id))
        status, received_on, deadline = cur.fetchone()
    reader.commit()
    # a date arrives as datetime.date: no time of day, no time zone
    check(status == "received" and type(deadline) is datetime.date and deadline > received_on,
          (status, received_on, deadline))
    return f"application {app_id}: {status}, received {received_on}, deadline {deadline.isoformat()}"


EVENTS = """500,2,2026-11-23 08:55:00+05,in,gate-1
500,2,2026-11-23 13:02:00+05,out,gate-1
500,2,2026-11-23 13:58:00+05,in,gate-1
500,2,2026-11-23 18:05:00+05,out,gate-1
500,3,2026-11-23 09:10:00+05,in,gate-2
500,3,2026-11-23 18:00:00+05,out,gate-2
"""


@step("copy_from cannot take a schema-qualified table (psycopg2 2.9)")
def _():
    with loader.cursor() as cur:
        try:
            cur.copy_from(io.StringIO(EVENTS), "civilservice.access_event", sep=",",
                          columns=("state_body_id", "employee_id", "at", "direction", "device_id"))
        except psycopg2.errors.UndefinedTable as e:
            loader.rollback()
            return f"{e.pgcode} {e.diag.message_primary}"
    loader.rollback()
    raise AssertionError("copy_from took the qualified name: document it again")


@step("load badge events with copy_expert")
def _():
    del loader.notices[:]
    with loader.cursor() as cur:
        cur.copy_expert("COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) "
                        "FROM STDIN WITH (FORMAT csv)", io.StringIO(EVENTS))
        loaded = cur.rowcount
    loader.commit()
    said = " ".join(n.strip() for n in loader.notices)
    check("6 stored" in said, said)
    return said


@step("a resend stores nothing twice")
def _():
    del loader.notices[:]
    with loader.cursor() as cur:
        cur.copy_expert("COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) "
                        "FROM STDIN WITH (FORMAT csv)", io.StringIO(EVENTS))
    loader.commit()
    said = " ".join(n.strip() for n in loader.notices)
    check("0 stored, 6 resent duplicates skipped" in said, said)
    return said


@step("read attendance")
def _():
    day = datetime.date(2026, 11, 23)
    with hr.cursor() as cur:
        cur.execute("""SELECT employee_id, day, expected, first_in, last_out, time_present, breaches
                         FROM civilservice.attendance(%s, %s, %s)
                        WHERE employee_id IN (2, 3) ORDER BY employee_id""", (day, day, BODY))
        rows = cur.fetchall()
    hr.commit()
    check(len(rows) == 2 and all(r[1] == day for r in rows), rows)
    check(rows[0][3] == datetime.datetime(2026, 11, 23, 8, 55) and rows[0][5] == datetime.timedelta(hours=8, minutes=14),
          rows[0])
    return "; ".join(f"employee {r[0]} {r[1]} {r[2]}: {r[3]:%H:%M}-{r[4]:%H:%M}, present {r[5]}, breaches {r[6]}"
                     for r in rows)


@step("the reader reads the indicators of its body and the nation through civilservice_bi")
def _():
    with reader.cursor() as cur:
        cur.execute("SELECT DISTINCT state_body_id FROM civilservice_bi.indicator_progress")
        bodies = {r[0] for r in cur.fetchall()}
        cur.execute("SELECT count(*) FROM civilservice_bi.indicator_progress WHERE state_body_id IS NULL")
        national = cur.fetchone()[0]
    reader.commit()
    check(bodies == {None, BODY} and national == 7 * 6, (bodies, national))
    with reader.cursor() as cur:
        try:
            cur.execute("SELECT count(*) FROM civilservice.indicator_progress")
        except psycopg2.errors.InsufficientPrivilege as e:
            reader.rollback()
            return f"the nation and body {BODY}, {national} national rows; the records themselves: {e.pgcode}"
    raise AssertionError("the reader read the records behind the indicators")


@step("the reader does not see IINs")
def _():
    with reader.cursor() as cur:
        try:
            cur.execute("SELECT iin FROM civilservice.employee WHERE iin = %s", ("880202300037",))
        except psycopg2.errors.InsufficientPrivilege as e:
            reader.rollback()
            return f"{e.pgcode} {e.diag.message_primary}"
    raise AssertionError("the reader read an IIN")


for c in (hr, head, loader, reader):
    c.close()
print("everyday flow: every step passed")
