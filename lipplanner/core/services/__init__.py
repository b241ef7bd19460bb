"""Use cases over an open plan: validate, change in one unit of work, return plain values."""
