"""One package per standard API; each exposes `component()` returning its Component."""
