"""File → Import meetings… (the wizard) and File → Export… (the current list as CSV)."""
