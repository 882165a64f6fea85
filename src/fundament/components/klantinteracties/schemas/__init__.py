"""Request bodies of the Klantinteracties API (responses are built in `views`)."""
