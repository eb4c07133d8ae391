
-- The last records part: guards over every record table created before it
-- (src/common/ledger.sql).

-- Corrections and deletions of badge events (п. 20) are kept in the history
-- like every other change of a record. An event has no id: its key within
-- the body is (employee_id, at, direction, device_id). A row trigger on the
-- partitioned table is cloned to every partition, present and future.
CREATE TRIGGER access_event_history AFTER UPDATE OR DELETE ON civilservice.access_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('employee_id', 'at', 'direction', 'device_id');
COMMENT ON TRIGGER access_event_history ON civilservice.access_event IS
  'п. 20: every correction or deletion of a badge event is kept in civilservice.history (key: employee_id, at, direction, device_id); events moved from the default partition into their month are not changes';

-- No record is truncated: TRUNCATE leaves no history.
SELECT count(*) FROM civilservice.guard_records_truncate();
