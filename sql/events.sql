-- Access-control (СКУД) events: loading, validation, deduplication (п. 20).
CREATE TABLE civilservice.access_event (
    state_body_id bigint NOT NULL,
    employee_id   bigint NOT NULL,
    at            timestamptz NOT NULL,
    direction     text NOT NULL CONSTRAINT access_event_direction CHECK (direction IN ('in', 'out')),
    device_id     text NOT NULL,
    source        text NOT NULL DEFAULT 'skud',
    PRIMARY KEY (state_body_id, at, employee_id, device_id, direction)
) PARTITION BY RANGE (at);
CREATE TABLE civilservice.access_event_default PARTITION OF civilservice.access_event DEFAULT;
