"""Plain domain types, enums, rules and errors; imports nothing of ours."""
