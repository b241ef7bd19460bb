"""Qt item models over the plan's frozen values (sorting and filtering done inside)."""
