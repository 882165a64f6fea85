"""A small read-only Referentielijsten/Selectielijst server (VNG's 2020 selectielijst), for tests
and offline use: `fundament referentielijsten serve`."""
