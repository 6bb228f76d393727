"""SQL for each kind of record. Functions take a connection; services own transactions and rules."""
