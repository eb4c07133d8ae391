-- Reporting on acts

CREATE VIEW civilservice.current_regimes AS
    SELECT * FROM civilservice.regimes_on(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date));
COMMENT ON VIEW civilservice.current_regimes IS
  'regimes_on() for today (Kazakhstan time, UTC+5)';
COMMENT ON COLUMN civilservice.current_regimes.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.current_regimes.employee_id IS 'Employee (государственный служащий)';
COMMENT ON COLUMN civilservice.current_regimes.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.current_regimes.regime IS 'Regime: remote, combined_remote or flexible (п. 3)';
COMMENT ON COLUMN civilservice.current_regimes.act_id IS 'The act that sets the regime (акт уполномоченного лица)';
COMMENT ON COLUMN civilservice.current_regimes.act_number IS 'Number of the act';
COMMENT ON COLUMN civilservice.current_regimes.basis IS 'Basis of the act: agreement (п. 4), emergency (п. 5) or application (п. 15)';
COMMENT ON COLUMN civilservice.current_regimes.term IS 'Days the employee is on the regime: the term with extensions, capped by the emergency case, ended by cancellation';
