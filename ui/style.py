"""Application look: Fusion style, palette-relative colours (light and dark), problem frames.

Dark mode follows the system colour scheme (and its changes at run time); on platforms
whose theme does not report one, Fusion's light palette is used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

STYLE = """
*[problem="error"] { border: 2px solid #d32f2f; border-radius: 3px; }
*[problem="warning"] { border: 2px solid #f9a825; border-radius: 3px; }
*[problem="error"]:focus, *[problem="warning"]:focus {
    border: 3px double palette(highlight); border-radius: 3px; }
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
QLabel#responseBanner { border: 1px solid #1e88e5; border-radius: 4px; padding: 6px; }
"""


def dark_palette() -> QPalette:
    """A dark Fusion palette with enough contrast for text, links and selections."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#313338"),
        (roles.ToolTipBase, "#3c3f41"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#3c3f41"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Link, "#6cb4ff"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9da0a6"),
        (roles.Mid, "#55585d"),
        (roles.Midlight, "#46494e"),
        (roles.Dark, "#1a1b1e"),
        (roles.Light, "#55585d"),
    ):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(disabled, role, QColor("#7a7d82"))
    return p


def apply_style(app: QApplication, dark: bool | None = None) -> None:
    """Fusion plus our sheet; ``dark`` None follows the system colour scheme."""
    app.setStyle("Fusion")
    if dark is None:
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(STYLE)


def follow_system_scheme(app: QApplication) -> None:
    """Re-apply the palette when the user switches the system between light and dark."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_style(app))
