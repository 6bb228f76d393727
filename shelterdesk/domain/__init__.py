"""Pure domain: records, enums, validation, state machines and errors. No I/O, no Qt."""
