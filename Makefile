# civilservice — PGXS build.
#
#   make demo    install what is missing, build, install, run the demo scenario
#   make test    the same set-up, then pg_regress + isolation + pgTAP + checks
#   make bench   the benchmarks under test/bench/
#
# Each module is a folder of src/ with its C and SQL together. The install
# script is assembled from the parts listed below, in this order (each builds
# on the ones before it); a part that is missing stops the build.

EXTENSION   = civilservice
EXTVERSION  = 0.2.1
MODULE_big  = civilservice

# The engine: types, calendar, rule parameters, functions, trigger functions.
# Members of the extension.
ENGINE_PARTS = \
	src/common/common.sql \
	src/common/ledger.sql \
	src/common/refusal.sql \
	src/calendar/calendar.sql \
	src/calendar/calendar_data.sql \
	src/types/types.sql \
	src/registry/registry.sql \
	src/org/org.sql \
	src/acts/emergency.sql \
	src/acts/flexible_period.sql \
	src/acts/applications.sql \
	src/acts/acts.sql \
	src/acts/participation.sql \
	src/acts/office_days.sql \
	src/acts/extensions.sql \
	src/acts/recalls.sql \
	src/acts/cancellations.sql \
	src/acts/reporting.sql \
	src/duties/duties.sql \
	src/events/events.sql \
	src/attendance/absences.sql \
	src/attendance/attendance.sql \
	src/attendance/violations.sql \
	src/concept/concept.sql \
	src/concept/plan.sql \
	src/career/career.sql \
	src/selection/selection.sql \
	src/personnel/personnel.sql \
	src/indicators/indicators.sql \
	src/security/setup.sql \
	src/security/security.sql

# The records of the state bodies: ordinary tables created by
# civilservice.create_records() (src/common/create_records.sql.in), never
# members of the extension.
RECORD_PARTS = \
	src/common/common_records.sql \
	src/registry/registry_records.sql \
	src/org/org_records.sql \
	src/acts/emergency_records.sql \
	src/acts/applications_records.sql \
	src/acts/acts_records.sql \
	src/acts/office_days_records.sql \
	src/acts/extensions_records.sql \
	src/acts/recalls_records.sql \
	src/acts/cancellations_records.sql \
	src/acts/reporting_records.sql \
	src/duties/duties_records.sql \
	src/events/events_records.sql \
	src/attendance/absences_records.sql \
	src/attendance/attendance_records.sql \
	src/attendance/violations_records.sql \
	src/concept/concept_records.sql \
	src/career/career_records.sql \
	src/selection/selection_records.sql \
	src/personnel/personnel_records.sql \
	src/indicators/indicators_records.sql \
	src/bi/bi_records.sql \
	src/security/security_records.sql \
	src/common/guard_records.sql

CREATE_RECORDS = src/common/create_records.sql.in

OBJS = \
	src/common/civilservice.o \
	src/common/shipping.o \
	src/common/refusal.o \
	src/common/trigger_check.o \
	src/common/schema.o \
	src/calendar/calendar.o \
	src/types/idnumber.o \
	src/types/iin.o \
	src/types/work_schedule.o \
	src/types/work_schedule_text.o \
	src/acts/acts.o \
	src/acts/flexible_period.o \
	src/events/events.o \
	src/events/checks.o \
	src/events/employee_cache.o \
	src/events/employee_guard.o \
	src/events/dedup.o \
	src/events/rejects.o \
	src/events/copy.o \
	src/attendance/attendance.o \
	src/security/security.o

EXT_SCRIPT  = $(EXTENSION)--$(EXTVERSION).sql
# The upgrade script to this version while it is unreleased:
# upgrade/civilservice--FROM--TO.sql.in, whose line @CREATE_RECORDS@ becomes
# the create_records() of the install script above.
UPGRADE_IN  = $(wildcard upgrade/$(EXTENSION)--*--$(EXTVERSION).sql.in)
UPGRADE_BUILT = $(notdir $(UPGRADE_IN:.sql.in=.sql))
DATA_built  = $(EXT_SCRIPT) $(UPGRADE_BUILT)
# The frozen install scripts of earlier releases and the released upgrade
# scripts (civilservice--FROM--TO.sql): installed as they are, never run as
# regression tests (docs/operations.md#upgrading).
DATA        = $(wildcard upgrade/$(EXTENSION)--*.sql)
EXTRA_CLEAN = $(EXT_SCRIPT) $(UPGRADE_BUILT) results/ regression.diffs regression.out output_iso/ test/fuzz/out/

PG_CPPFLAGS = -I$(srcdir)/src
PG_CFLAGS  += -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare

# pg_regress tests (sql/NAME.sql, expected/NAME.out), named by module;
# common_records comes first: it creates the records the others use.
REGRESS = \
	common_records common_trigger_misuse common_value_lists \
	types_iin_bin types_work_schedule \
	types_text_casts \
	calendar_api calendar_balance calendar_data calendar_shipped_rows \
	registry_tables registry_time_zone \
	org_units org_direct_head \
	acts_signing acts_application_queue acts_emergency_cap acts_expiring acts_flexible_period acts_recalls \
	acts_employment acts_application_basis acts_refusals \
	duties_wording duties_justification duties_equipment duties_obligations \
	events_loading \
	attendance_days attendance_presence attendance_absences attendance_combined attendance_records attendance_violations \
	security_signatures \
	concept_parameters concept_categories \
	plan_parser plan_status \
	career_caps career_corps_a career_secondment \
	selection_stages selection_shortlist selection_indicators \
	personnel_education_training personnel_discipline personnel_evaluation \
	indicators_targets indicators_actuals indicators_progress \
	bi_views \
	concept_parameters_on
REGRESS_OPTS = --load-extension=btree_gist --load-extension=civilservice

# Isolation specs: test/isolation/specs/NAME.spec, outputs in test/isolation/expected/.
ISOLATION = \
	calendar_invalidation \
	act_overlap_signing emergency_end_while_signing \
	access_event_concurrent_load access_event_employee_snapshot access_event_employee_delete \
	history_chain org_recall_while_reorganising \
	security_served_bodies \
	selection_shortlist_concurrent
ISOLATION_OPTS = --inputdir=test/isolation --load-extension=btree_gist --load-extension=civilservice

# pg_config from the environment or the command line (make PG_CONFIG=...),
# else the one on the PATH, else Debian's PostgreSQL 15 (the harness's).
PG_CONFIG ?= $(if $(shell command -v pg_config 2>/dev/null),pg_config,/usr/lib/postgresql/15/bin/pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

ifeq ($(PGXS),)
# No server development files yet: only the harness targets work, and they
# install them first.
all install installcheck:
	@echo "PostgreSQL development files are missing; run 'make demo' or 'make test' first" >&2; exit 1
else
include $(PGXS)
endif

$(UPGRADE_BUILT): %.sql: upgrade/%.sql.in $(EXT_SCRIPT)
	awk -v script=$(EXT_SCRIPT) \
	  '/^@CREATE_RECORDS@$$/ { while ((getline l < script) > 0) { \
	        if (!on && l ~ /^CREATE FUNCTION civilservice\.create_records\(\) RETURNS text/) { on = 1; sub(/^CREATE FUNCTION/, "CREATE OR REPLACE FUNCTION", l) } \
	        if (on) print l; \
	        if (on && l == "REVOKE ALL ON FUNCTION civilservice.create_records() FROM PUBLIC;") break } \
	      close(script); if (!on) { print "create_records() not found in " script > "/dev/stderr"; exit 1 } next } \
	    { print }' $< > $@.tmp
	mv $@.tmp $@

# The install script: the engine parts, then create_records() with the
# record parts as its body.
$(EXT_SCRIPT): $(ENGINE_PARTS) $(RECORD_PARTS) $(CREATE_RECORDS) Makefile
	@! grep -l 'cs_records\$$' $(RECORD_PARTS) || { echo "a record part uses the quote tag of create_records()" >&2; exit 1; }
	@! test -e upgrade/$@ || { echo "upgrade/$@ exists: $(EXTVERSION) is a released version; raise EXTVERSION" >&2; exit 1; }
	@echo "-- civilservice $(EXTVERSION): generated by make from $(ENGINE_PARTS) $(RECORD_PARTS); edit those files" > $@.tmp
	@printf '%s\n' '\echo Use "CREATE EXTENSION civilservice" to load this file. \quit' >> $@.tmp
	cat $(ENGINE_PARTS) >> $@.tmp
	@tables=$$(cat $(RECORD_PARTS) | sed -n 's/^CREATE TABLE civilservice\.\([a-z_0-9]*\) .*/'"'"'\1'"'"'/p' | paste -sd, -); \
	 awk -v tables="$$tables" -v files="$(RECORD_PARTS)" \
	   '/@RECORDS@/ { n = split(files, f, " "); for (i = 1; i <= n; i++) { while ((getline l < f[i]) > 0) print l; close(f[i]) } next } \
	    { gsub(/@TABLES@/, tables); print }' $(CREATE_RECORDS) >> $@.tmp
	mv $@.tmp $@

.PHONY: demo test bench print-regress print-isolation
print-regress:
	@echo '$(REGRESS)'
print-isolation:
	@echo '$(ISOLATION)'
demo:
	bash test/harness.sh demo
test:
	bash test/harness.sh test
bench:
	bash test/harness.sh bench
