"""Packaged data: holiday schedules and default configuration."""
