"""A tiny web playground served at ``/``."""

PAGE = "<!doctype html><title>anxin sandbox</title><p>sandbox running; see /__control/state</p>"
