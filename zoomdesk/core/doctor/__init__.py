"""The request doctor: read a pasted cURL command, raw HTTP request, HAR file or code snippet,
check it before anything is sent, build the corrected request, write it as code, and replay
both against the sandbox (or Zoom). Entry points: `check.check_text`, `cli.run_doctor_cli`.

Kept free of imports so that `zoomdesk.core.diagnosis` can use the rule modules without a cycle.
"""
