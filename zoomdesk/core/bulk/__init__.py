"""Bulk import and export of meetings from a spreadsheet (CSV), with no Qt.

`csvfile` reads and writes the file, `columns` turns cells into drafts and updates with the
meeting schema's rules, `plan` sets the rows against Zoom's 100-per-host-per-day limit,
`results` keeps the results file that makes a re-run resume, `run` does the work, `export`
writes a list in the same format. See docs/bulk.md.
"""
