"""Everything Qt: the main window, its views, dialogs and undo commands."""

from lipplanner.ui.feature_scan import skip_feature_scan

skip_feature_scan()  # before the rest of the app's modules are imported
