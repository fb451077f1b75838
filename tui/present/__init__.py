"""How the domain is shown, without textual: labels, flags, counts, the scan JSON document
and the scan table. Shared by the CLI, the report and the app."""
