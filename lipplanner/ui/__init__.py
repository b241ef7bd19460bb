"""Everything Qt: the main window, its views, dialogs and undo commands."""
