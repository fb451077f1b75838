"""The redacted report a user sends to support (build.py), its Markdown form (markdown.py),
and loading it back for `open` (load.py)."""

from tui.report.build import build_report, dumps, new_salt, value_hash, write_report
from tui.report.load import LoadedReport, Recording, ReportError, load_report
from tui.report.markdown import md_code, md_command, md_text, report_markdown

__all__ = [
    "LoadedReport",
    "Recording",
    "ReportError",
    "build_report",
    "dumps",
    "load_report",
    "md_code",
    "md_command",
    "md_text",
    "new_salt",
    "report_markdown",
    "value_hash",
    "write_report",
]
