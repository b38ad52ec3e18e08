"""One JSON file per year: the State Council holiday schedule (see cases.calendar)."""
