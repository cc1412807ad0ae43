"""Plan section: lines of treatment, schedules, the month calendar and the plan editor."""
