"""Dialogs; each exposes `ask(parent, ...) -> result | None`."""
