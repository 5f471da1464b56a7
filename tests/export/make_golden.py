"""Regenerate tests/export/golden/session_summary.pdf after an intended layout change:

    .venv/bin/python tests/export/make_golden.py

Look at the new file (pdftoppm -png -r 60) before committing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "session_summary.pdf"

if __name__ == "__main__":
    import os

    sys.path.insert(0, str(HERE.parent.parent))
    import reflectdesk
    from tests.export.conftest import FIXED_EPOCH

    # The same switches as the golden test's ``reproducible`` fixture.
    os.environ["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
    reflectdesk.__version__ = "golden"
    from reflectdesk.export.pdf import write_session_summary
    from tests.export.sample import golden_summary

    write_session_summary(golden_summary(), GOLDEN)
    import reportlab

    GOLDEN.with_name("reportlab-version.txt").write_text(reportlab.Version + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
