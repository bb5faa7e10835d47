"""Use cases: each opens one unit of work and returns plain data (DTOs)."""
