"""Excel workbooks (openpyxl): reports, the import template, plan import and the
partner update round-trip. No Qt here; labels are passed in or chosen by language."""
