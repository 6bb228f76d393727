"""The app's calm look: one stylesheet, applied once at start."""

from __future__ import annotations

APP_STYLE = """
QWidget { color: #1f2933; }
QMainWindow, QWidget#workspace, QWidget#screen { background: #f5f6f8; }
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1f2933; }
QLabel#subheading { font-size: 13pt; font-weight: 600; color: #334e68; }
QLabel#hint { color: #52606d; }
QLabel#formMessage { color: #9b1c1c; background: #fdecea; border: 1px solid #f5c6c0;
                     border-radius: 6px; padding: 8px 10px; }
QLabel#demoHint { background: #fff8e1; border: 1px solid #f0d48a; border-radius: 6px; padding: 8px 10px; }
QLabel#recoveryCode { font-family: "Noto Sans Mono", monospace; font-size: 16pt; font-weight: 600;
                      background: white; border: 2px dashed #334e68; border-radius: 8px; padding: 14px; }
QFrame#card { background: white; border: 1px solid #dde1e6; border-radius: 10px; }
QListWidget#sidebar { background: #243b53; color: #f0f4f8; border: none; padding-top: 8px;
                      font-size: 12pt; outline: none; }
QListWidget#sidebar::item { padding: 10px 16px; border-radius: 6px; margin: 2px 8px; color: #d9e2ec; }
QListWidget#sidebar::item:selected { background: #486581; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #334e68; }
QLabel#sidebarTitle { color: white; font-size: 14pt; font-weight: 600; padding: 16px 16px 4px 16px; }
QLabel#sidebarUser { color: #bcccdc; padding: 0 16px 12px 16px; }
QWidget#sidebarPanel { background: #243b53; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #bcccdc; background: white; }
QPushButton:hover, QToolButton:hover { background: #f0f4f8; }
QToolButton { padding: 6px 22px 6px 14px; border-radius: 6px; border: 1px solid #bcccdc; background: white; }
QToolButton::menu-indicator { subcontrol-position: right center; right: 4px; }
QPushButton:disabled { color: #9aa5b1; background: #f5f6f8; }
QPushButton#primary { background: #2f6f9f; color: white; border: 1px solid #2f6f9f; font-weight: 600; }
QPushButton#primary:hover { background: #285f88; }
QPushButton#primary:disabled { background: #9fb3c8; border-color: #9fb3c8; }
QPushButton#link { border: none; background: transparent; color: #2f6f9f; text-decoration: underline;
                   padding: 2px 0; }
QLabel#emptyState { color: #52606d; font-size: 12pt; padding: 24px; qproperty-alignment: AlignCenter; }
QPushButton#sidebarLock { background: transparent; color: #f0f4f8; border: 1px solid #627d98;
                          margin: 8px 8px 16px 8px; }
QPushButton#sidebarLock:hover { background: #334e68; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit { padding: 5px 8px; border: 1px solid #bcccdc;
    border-radius: 6px; background: white; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus { border: 1px solid #2f6f9f; }
QLineEdit#search { font-size: 12pt; padding: 7px 10px; }
QTableView { background: white; border: 1px solid #dde1e6; border-radius: 8px; gridline-color: #eef0f3;
             selection-background-color: #d9e8f5; selection-color: #1f2933; alternate-background-color: #fafbfc; }
QHeaderView::section { background: #f0f2f5; border: none; border-bottom: 1px solid #dde1e6; padding: 6px 8px;
                       font-weight: 600; color: #334e68; }
QCheckBox { spacing: 6px; }
QTabWidget::pane { border: 1px solid #dde1e6; border-radius: 8px; background: white; top: -1px; }
QTabBar::tab { padding: 7px 10px; }  /* the case file's nine tabs fit 1366 px in every language */
"""
