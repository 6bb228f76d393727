"""The desktop interface (PySide6): the only Qt code in ShelterDesk."""
