"""Use cases over the vault. Roles are enforced here; no Qt."""
