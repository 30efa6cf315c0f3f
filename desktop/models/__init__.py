"""SQLAlchemy entities, the engine and session factory, the unit of work and the migrations."""
