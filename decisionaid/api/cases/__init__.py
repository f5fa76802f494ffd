"""The case endpoints of /api/v1/cases: a training walkthrough for teaching tools."""
