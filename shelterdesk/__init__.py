"""ShelterDesk: an encrypted case register and referral letters for shelters."""

__version__ = "0.1.0"
