"""Encrypted storage: the SQLCipher vault, key slots, migrations, repositories, audit. No Qt."""
