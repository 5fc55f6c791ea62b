"""Application look: Fusion style, palette-relative colours (light and dark), problem frames."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
*[problem="error"] { border: 2px solid #d32f2f; border-radius: 3px; }
*[problem="warning"] { border: 2px solid #f9a825; border-radius: 3px; }
*[flash="true"] { border: 3px solid #1e88e5; border-radius: 3px; }
QLabel#helpText { color: palette(placeholder-text); }
QFrame[card="section"] { border: 1px solid palette(mid); border-radius: 6px; }
QFrame[card="item"] { border: 1px solid palette(midlight); border-radius: 4px;
                      background: palette(alternate-base); }
QLabel#sectionTitle { font-size: 12pt; font-weight: bold; }
QLabel#itemTitle { font-weight: bold; }
QFrame[card] QLabel { border: none; background: transparent; }
QLabel#findingsSummary, QLabel#feeTotal { font-size: 11pt; padding: 4px; }
QLabel#composeTitle { font-size: 13pt; padding: 2px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
