"""Excel workbooks of the plan (openpyxl, no Qt): the funder progress report and import."""
