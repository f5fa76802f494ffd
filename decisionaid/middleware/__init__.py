"""Project middleware: request ids and access log, security headers, size limits,
and failing safely when the database is unavailable."""
