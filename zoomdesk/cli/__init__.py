"""The command line: a contract that IT scripts depend on. See README "Command line"."""
