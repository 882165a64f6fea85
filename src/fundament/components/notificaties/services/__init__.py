"""Use cases of the Notificaties API, one module per resource; `dispatch` delivers."""
