"""The window: Qt only. Views call services through the job runner and never import persistence libraries."""
