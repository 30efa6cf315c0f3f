"""The Department's receiving service: an HTTP API for institutions, pages for its staff and the public
certificate check, and the ``sanaq-department`` command line."""
