"""Pure rules of the census: no Qt, no SQLAlchemy, no I/O beyond reading resource files."""
